"""Build ``newscli/data/first_name_genders.tsv``: first names that the 1990 US Census gives to one sex.

    pip download --no-deps names==0.3.0 -d /tmp/gaz
    python scripts/build_name_genders.py /tmp/gaz/names-0.3.0.tar.gz

The ``names`` package (MIT) ships the Census Bureau's 1990 first-name frequency lists (public domain):
``dist.male.first`` and ``dist.female.first`` give each name's share (in percent) of the male and of the
female population. A name's male share is its estimated number of male bearers over all its bearers; a name
is kept as ``male`` when that share is at least ``THRESHOLD`` and as ``female`` when it is at most
``1 - THRESHOLD``. The lists stop at 90% of each population, so a name missing from one list is decided only
when it is at least as common in its own list as the other list's rarest name. Every other name (Jamie,
Leslie, Bernie …) is left out: newscli says ``unknown`` for it.
"""

from __future__ import annotations

import argparse
import tarfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "newscli" / "data"
OUTPUT = "first_name_genders.tsv"
# A name decides a gender only when at least this share of its bearers in the census has that sex.
THRESHOLD = 0.95
# 1990 Census resident population by sex (millions): the lists give percentages of each sex, not counts.
MALE_POPULATION = 121.2
FEMALE_POPULATION = 127.5


def _shares(sdist: Path, suffix: str) -> dict[str, float]:
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith(suffix))
        text = archive.extractfile(member).read().decode("ascii")  # type: ignore[union-attr]
    shares = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            shares[fields[0].title()] = float(fields[1])
    return shares


def genders(sdist: Path) -> list[tuple[str, str, float]]:
    """(name, gender, share of its bearers with that gender) for every name past the threshold."""
    male = _shares(sdist, "dist.male.first")
    female = _shares(sdist, "dist.female.first")
    # The lists stop at 90% of each population (the male one after 1,219 names, the female one after 4,275): a
    # name missing from one list may still be as common there as that list's rarest entry. Its absence says
    # something only when the name is at least that common in its own list; a rarer name (Yuri) is left out.
    male_floor, female_floor = min(male.values()), min(female.values())
    rows = []
    for name in sorted(set(male) | set(female)):
        if name not in male and female[name] < male_floor or name not in female and male[name] < female_floor:
            continue
        men = male.get(name, 0.0) * MALE_POPULATION
        women = female.get(name, 0.0) * FEMALE_POPULATION
        male_share = men / (men + women)
        if male_share >= THRESHOLD:
            rows.append((name, "male", male_share))
        elif 1 - male_share >= THRESHOLD:
            rows.append((name, "female", 1 - male_share))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names_sdist", type=Path, help="names-0.3.0.tar.gz")
    options = parser.parse_args()
    rows = genders(options.names_sdist)
    header = (
        "# First names and the sex the 1990 US Census gives at least "
        f"{THRESHOLD:.0%} of their bearers (public domain, via the names 0.3.0 package, MIT).\n"
        "# name<TAB>gender<TAB>share; built by scripts/build_name_genders.py. Names below the threshold are absent.\n"
    )
    lines = "".join(f"{name}\t{gender}\t{share:.3f}\n" for name, gender, share in rows)
    (DATA / OUTPUT).write_text(header + lines, encoding="utf-8")
    print(f"{OUTPUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
