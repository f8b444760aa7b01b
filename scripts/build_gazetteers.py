"""Build the entity gazetteers in newscli/data/ from PyPI-packaged data and the project's training text.

    pip download --no-deps geotext==0.4.0 names==0.3.0 -d /tmp/gaz
    python scripts/build_gazetteers.py /tmp/gaz/geotext-0.4.0-py2.py3-none-any.whl /tmp/gaz/names-0.3.0.tar.gz

Writes:
- ``places.tsv``: ``name<TAB>GPE|LOC``: GeoNames countries, capitals and cities of 150,000 people or more
  (from ``geotext``: MIT code, GeoNames data CC BY), US states, plus the hand-written regions below.
- ``countries.txt``: country names (GeoNames via ``geotext``, plus short forms): a country's name in a results
  line is its national side, which news corpora keep as a place, where a city's is a club.
- ``demonyms.txt``: nationality words (geotext's list, which it took from Wikipedia, plus hand additions).
- ``first_names.txt``: the most common US census first names (from ``names``: public-domain census data).
- ``common_words.txt``: words that English text writes in lower case (counted on ../shared/train/pos), used to
  tell a capitalised common word (``However``) from a name; a name-like word is never in it.

Common words are removed from the place and first-name lists (``Mobile``, ``Bath``, ``Will``), so a list hit
is good evidence.
"""

from __future__ import annotations

import argparse
import collections
import json
import tarfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "newscli" / "data"
TRAIN = REPO.parent / "shared" / "train"
MIN_CITY_POPULATION = 150_000
FIRST_NAMES_PER_LIST = 1500

US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "Wisconsin", "Wyoming",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia",
]
# Short and informal country names that GeoNames does not list as names.
GPE_EXTRA = [
    "US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.", "Britain", "Great Britain",
    "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Burma", "Ivory Coast", "Czech Republic",
    "Russia", "South Korea", "North Korea", "Taiwan", "Vatican", "Palestine", "Gaza", "West Bank", "Kosovo",
    "Hong Kong", "Macau", "Crimea", "Donbas", "Kyiv", "Kiev", "Washington D.C.", "D.C.", "Tibet", "Xinjiang",
    "Quebec", "Ontario", "Bavaria", "Catalonia", "Siberia", "Kashmir", "Chechnya", "Sicily", "Hokkaido",
    "Okinawa", "Queensland", "New South Wales", "Victoria", "Tasmania", "Alberta", "British Columbia",
]
REGIONS = [
    "Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Central America", "Oceania",
    "Antarctica", "the Arctic", "Arctic", "Antarctic", "Eastern Europe", "Western Europe", "Central Europe",
    "Northern Europe", "Southern Europe", "East Asia", "South Asia", "Southeast Asia", "Central Asia",
    "West Africa", "East Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa", "Middle East",
    "Near East", "Far East", "the West", "Scandinavia", "the Balkans", "Balkans", "Caucasus", "the Caucasus",
    "Asia Pacific", "Asia-Pacific", "Indo-Pacific", "Pacific", "the Pacific", "Atlantic", "the Atlantic",
    "Mediterranean", "the Mediterranean", "Caribbean", "the Caribbean", "Pacific Ocean", "Atlantic Ocean",
    "Indian Ocean", "Arctic Ocean", "Southern Ocean", "Black Sea", "Baltic Sea", "Baltic", "Baltics", "North Sea",
    "Red Sea", "Caspian Sea", "South China Sea", "East China Sea", "Sea of Japan", "Persian Gulf", "Gulf",
    "Gulf of Mexico", "Taiwan Strait", "Strait of Hormuz", "Korean Peninsula", "Arabian Peninsula", "Sahara",
    "Sahel", "Himalayas", "Alps", "Andes", "Rockies", "Amazon", "Nile", "Danube", "Mississippi River",
    "Yangtze", "Silicon Valley", "Wall Street", "Midwest", "Persian Gulf", "Horn of Africa", "Levant",
    "Eurasia", "Nordic", "Gulf Coast", "West Coast", "East Coast",
]
DEMONYMS_EXTRA = [
    "European", "Asian", "African", "Arab", "Latin American", "North American", "South American",
    "Nordic", "Scandinavian", "Baltic", "Balkan", "Middle Eastern", "Kurdish", "Palestinian", "Taiwanese",
    "Tibetan", "Uighur", "Uyghur", "Basque", "Catalan", "Scottish", "Welsh", "English", "British", "Soviet",
    "Korean", "North Korean", "South Korean", "Ukrainian", "Russian", "Belarusian", "Emirati", "Saudi",
    "Muslim", "Christian", "Catholic", "Protestant", "Jewish", "Hindu", "Buddhist", "Sikh", "Sunni", "Shia",
    "Shiite", "Democrat", "Republican", "Israeli", "Iranian", "Iraqi", "Afghan", "Pakistani", "Syrian", "Lebanese",
    "Yemeni",
    "Hispanic", "Latino", "Aboriginal", "Maori", "Filipino", "Vietnamese", "Thai", "Indonesian", "Malaysian",
    "Moslem", "Orthodox", "Polish",
]
# Nations that field national teams under their own name besides the GeoNames countries.
COUNTRIES_EXTRA = [
    "US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.", "Britain", "Great Britain",
    "England", "Scotland", "Wales", "Northern Ireland", "Republic of Ireland", "Holland", "Burma", "Ivory Coast",
    "Czech Republic", "Russia", "South Korea", "North Korea", "Taiwan", "Yugoslavia", "Soviet Union",
]
# Plurals that are not the adjective + s.
DEMONYM_PLURALS = {
    "Chinese", "Japanese", "Vietnamese", "Swiss", "Portuguese", "Lebanese", "Taiwanese", "Burmese", "Orthodox",
}


def read_zip_member(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(suffix))
        return archive.read(name).decode("utf-8")


def read_tar_member(sdist: Path, suffix: str) -> str:
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith(suffix))
        return archive.extractfile(member).read().decode("utf-8")


def common_words(train_dir: Path) -> set[str]:
    """Words written in lower case at least 3 times and capitalised mid-sentence in under a fifth of uses."""
    lower: collections.Counter[str] = collections.Counter()
    capital: collections.Counter[str] = collections.Counter()
    for path in sorted((train_dir / "pos").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            tokens = json.loads(line)["tokens"]
            for position, token in enumerate(tokens):
                if not token.isalpha():
                    continue
                if token.islower():
                    lower[token] += 1
                elif position > 0 and token[0].isupper():
                    capital[token.lower()] += 1
    return {word for word, count in lower.items() if count >= 3 and capital[word] < count / 4}


def places(geotext_wheel: Path, common: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in read_zip_member(geotext_wheel, "countryInfo.txt").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 6:
            continue
        found[fields[4]] = "GPE"
        if fields[5]:
            found[fields[5]] = "GPE"
    for line in read_zip_member(geotext_wheel, "cities15000.txt").splitlines():
        fields = line.split("\t")
        if len(fields) > 14 and fields[14].isdigit() and int(fields[14]) >= MIN_CITY_POPULATION:
            found.setdefault(fields[2], "GPE")
    for name in US_STATES + GPE_EXTRA:
        found[name] = "GPE"
    for name in REGIONS:
        found[name] = "LOC"
    return {
        name: kind
        for name, kind in found.items()
        if name.isascii() and name.lower() not in common and any(char.isupper() for char in name)
    }


def countries(geotext_wheel: Path) -> list[str]:
    """GeoNames country names (geotext's countryInfo.txt) and the usual short forms."""
    found = set(COUNTRIES_EXTRA)
    for line in read_zip_member(geotext_wheel, "countryInfo.txt").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) > 4 and fields[4].isascii():
            found.add(fields[4])
    return sorted(found)


def demonyms(geotext_wheel: Path) -> list[str]:
    words = set(DEMONYMS_EXTRA)
    for line in read_zip_member(geotext_wheel, "nationalities.txt").splitlines():
        if line and not line.startswith("#") and ":" in line:
            words.add(line.split(":")[0].title())
    plurals = set()
    for word in words:
        if word in DEMONYM_PLURALS or word.endswith(("ese", "ish")):
            continue
        plurals.add(word + "s")
    return sorted(words | plurals)


def first_names(names_sdist: Path, common: set[str]) -> list[str]:
    chosen = set()
    for suffix in ("dist.male.first", "dist.female.first"):
        rows = read_tar_member(names_sdist, suffix).splitlines()[:FIRST_NAMES_PER_LIST]
        chosen.update(row.split()[0].title() for row in rows if row.strip())
    return sorted(name for name in chosen if name.lower() not in common)


def write(name: str, header: str, lines: list[str]) -> None:
    (DATA / name).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} entries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("geotext_wheel", type=Path)
    parser.add_argument("names_sdist", type=Path)
    parser.add_argument("--train-dir", type=Path, default=TRAIN)
    options = parser.parse_args()
    common = common_words(options.train_dir)
    write(
        "common_words.txt",
        "# Words English writes in lower case (from UD EWT, GUM and PUD text); built by scripts/build_gazetteers.py\n",
        sorted(common),
    )
    found = places(options.geotext_wheel, common)
    write(
        "places.tsv",
        "# Place names and their type (GPE or LOC): GeoNames via geotext, plus hand lists;"
        " scripts/build_gazetteers.py\n",
        [f"{name}\t{kind}" for name, kind in sorted(found.items())],
    )
    write(
        "countries.txt",
        "# Country names: GeoNames via geotext, plus short forms; scripts/build_gazetteers.py\n",
        countries(options.geotext_wheel),
    )
    write(
        "demonyms.txt",
        "# Nationality and group words (NORP): geotext's list plus hand additions; scripts/build_gazetteers.py\n",
        demonyms(options.geotext_wheel),
    )
    write(
        "first_names.txt",
        "# Common first names (US census 1990, public domain, via the names package); scripts/build_gazetteers.py\n",
        first_names(options.names_sdist, common),
    )


if __name__ == "__main__":
    main()
