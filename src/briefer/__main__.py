"""python -m briefer"""

from .cli import main

main()
