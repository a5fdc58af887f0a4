"""The product groups a figure may be of: «экспорт мясной продукции», "exports of dairy
products". A figure of one group is no figure of all exports, and it is told with its
group named."""

from __future__ import annotations

import re

from ..text.caseless import caseless
from ..text.i18n import N_

# an export or import of one group the sentence names after its flow word
PRODUCT_GROUP = caseless(
    r"(?:экспорт\w*|импорт\w*|поставк\w*|экспарт\w*|імпарт\w*|пастаўк\w*)\s+"
    r"(?!(?:белорусск|беларуск|российск|расійск|китайск|кітайск|отечественн|айчынн)\w*\s+(?:продукци|прадукцы))"
    r"(?P<group>(?:[а-яёіў]+(?:ой|ых|ай|ага),?\s+(?:(?:и|і)\s+)?)+(?:продукци\w*|изделий|прадукцыі|вырабаў))|"
    r"(?:exports?|imports?|supplies|shipments)\s+of\s+(?P<group_en>(?:meat|dairy|food|agricultural|"
    r"confectionery|timber|wood|chemical|machine-building|[a-z]+)(?:\s+(?:and\s+)?(?!goods\b)[a-z][a-z-]*){0,3}\s+products)",
    re.I,
)

# each group briefer can name, by the stems a Russian, Belarusian or English sentence gives
# it in; the key is the group's English name in a metric ("exports of meat products")
PRODUCTS = {
    "meat products": r"мясн|meat",
    "dairy products": r"молочн|малочн|dairy",
    "confectionery": r"кондитерск|кандытарск|confectioner",
    "food products": r"пищев|продовольствен|харчов|food",
    "agricultural products": r"сельскохозяйственн|сельхоз|аграрн|сельскагаспадарч|agricultural",
    "timber products": r"лесопродукц|лесапрадукц|деревообрабатыва|timber|wood",
    "chemical products": r"химическ|хімічн|chemical",
    "machine-building products": r"машиностроительн|машынабудаўнічн|machine-building",
    "fish products": r"рыбн|fish",
    "pharmaceutical products": r"фармацевтическ|фармацэўтычн|pharmaceutical",
}
# the group's words in the genitive, after «экспорт» / «экспарт» («экспорт мясной продукции»)
PRODUCT_WORDS = {
    "meat products": N_("meat products"),
    "dairy products": N_("dairy products"),
    "confectionery": N_("confectionery"),
    "food products": N_("food products"),
    "agricultural products": N_("agricultural products"),
    "timber products": N_("timber products"),
    "chemical products": N_("chemical products"),
    "machine-building products": N_("machine-building products"),
    "fish products": N_("fish products"),
    "pharmaceutical products": N_("pharmaceutical products"),
}
_NAMED = {product: caseless(rf"\b(?:{stems})\w*", re.I) for product, stems in PRODUCTS.items()}
_JOINED = caseless(r"\s*(?:,|and|и|і|&)\s*", re.I)
_FLOW = re.compile(r"^(?P<growth>growth of )?(?P<flow>exports|imports) of (?P<product>.+)$")


def product_near(sentence: str, at: int) -> str | None:
    """The group named nearest to a figure at ``at`` («в 10 раз — мясной продукции, в 4
    раза — кондитерских изделий»: each figure its own), or None where none is named, or
    where the nearest is joined to another ("meat and dairy products": both, no one group)."""
    named = sorted(
        (abs(match.start() - at), match.start(), match.end(), product)
        for product, pattern in _NAMED.items()
        for match in pattern.finditer(sentence)
    )
    if not named:
        return None
    _, start, end, product = named[0]
    for _, other_start, other_end, other in named[1:]:
        between = sentence[end:other_start] if other_start > start else sentence[other_end:start]
        if other != product and _JOINED.fullmatch(between):
            return None
    return product


def product_of(metric: str) -> tuple[str, str, str] | None:
    """("growth of ", "exports", "meat products") for "growth of exports of meat products";
    None for a metric of no group briefer names."""
    match = _FLOW.match(metric)
    if match is None or match["product"] not in PRODUCTS:
        return None
    return match["growth"] or "", match["flow"], match["product"]


def product_class(metric: str) -> str | None:
    """The group a metric in any words is of ("growth of meat exports": meat products), so
    that a group's figure is compared only with the same group's."""
    return next((product for product, pattern in _NAMED.items() if pattern.search(metric)), None)


def is_flow(metric: str) -> bool:
    """Whether a metric is a flow of goods one way: exports or imports, of a group or all,
    or their growth."""
    words = metric.removeprefix("growth of ").split(" of ", 1)
    return words[0] in ("exports", "imports") and (
        len(words) == 1 or words[1] in (*PRODUCTS, "a product group")
    )
