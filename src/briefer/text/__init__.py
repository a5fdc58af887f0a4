"""The ground floor of words: numbers, money and dates as a desk writes them (CLDR through
Babel), the catalogs of every language briefs are written in, and Markdown escaping."""
