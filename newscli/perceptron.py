"""Exact, fast scoring for the shipped perceptrons (``newscli.tagger``, ``newscli.ner``): a feature's row of
weights over the labels packed into one Python integer, so that adding rows is one integer addition each.

The models store every weight with at most one (POS) or two (NER) decimals, so a weight is an exact whole number
of tenths or hundredths, and packed rows add up exactly, in any order and grouping. Each label has a lane of
bits holding its weight in those units plus an offset (so no lane is ever negative and no carry crosses lanes);
every row adds the same offset to every lane, so the best label is the lane with the highest value. The float
sums the models were always applied with (rows added one by one, in feature order) differ from the exact sums
only by rounding, a million times smaller than a unit: where the exact best label is ahead of every other by at
least one unit, it is the float sums' best label too. Where two labels tie exactly, the float sums can break the
tie either way, so the caller adds the float rows in the model's order as before (``floats`` unpacks a row's
weights exactly as ``float`` read them).
"""

from __future__ import annotations

import gzip
import sys
from array import array
from collections.abc import Iterable
from operator import lshift
from typing import TypeVar

# NLTK's markers of the two tags before a sentence's first word, as both taggers' features name them.
START = ("-START-", "-START2-")
# ... and of the two words after its last.
END = ("-END-", "-END2-")
_LANE_TYPES = {8 * array(code).itemsize: code for code in "LIHB"}  # bits → array type code, one per width
_BIG_ENDIAN = sys.byteorder == "big"


class _Units(dict):
    """A weight as written → its whole number of units, plus ``offset`` (worked out once per distinct weight: a
    model has a few thousand, so packing a row is a look-up per weight). A weight that is not a whole number of
    units (a model written with more decimals than ``scale`` has zeros), or too large, cannot be packed exactly:
    ValueError."""

    def __init__(self, scale: int, limit: int, offset: int) -> None:
        super().__init__()
        self._scale, self._limit, self._offset = scale, limit, offset

    def __missing__(self, written: str) -> int:
        weight = float(written)
        units = round(weight * self._scale)
        if units / self._scale != weight or abs(units) >= self._limit:
            raise ValueError(f"weight {written} is not a whole number of 1/{self._scale} below {self._limit / self._scale}")
        self[written] = units + self._offset
        return units + self._offset


class Packing:
    """How rows over ``size`` labels, with weights that are whole multiples of ``1 / scale``, are packed: lanes
    of ``lane_bits`` bits, each weight (in units) stored plus ``offset``. A weight must be below ``offset`` in
    size, and a sum may add up to ``2 ** lane_bits // (2 * offset)`` rows (``max_rows``). ``sum_bits``: the bits
    the lanes of a usual sum fill (all a lane's by default), which ``best_lane`` looks at first."""

    def __init__(self, size: int, scale: int, lane_bits: int, offset: int, sum_bits: int | None = None) -> None:
        self.size = size
        self.scale = scale
        self.max_rows = (1 << lane_bits) // (2 * offset)
        self._bits = lane_bits
        self._offset = offset
        self._mask = (1 << lane_bits) - 1
        self._type = _LANE_TYPES[lane_bits]
        self._bytes = size * lane_bits // 8
        self._lane_values = _Units(scale, offset, offset)  # units + offset: a lane's value
        self._units = _Units(scale, offset, 0)
        self._empty = sum(offset << (lane_bits * lane) for lane in range(size))
        # ``best_lane`` looks first at each lane's top byte of its ``sum_bits``: one lane's byte alone is the highest
        # in most sums, and bytes need no array. A sum with a lane of more bits (``_overflow``) is compared whole.
        sum_bits = sum_bits or lane_bits
        self._coarse_shift, self._lane_bytes = sum_bits - 8, lane_bits // 8
        self._overflow = sum(((1 << lane_bits) - (1 << sum_bits)) << (lane_bits * lane) for lane in range(size))
        # ``best_lane`` checks a guess against all lanes at once: each lane's sum in a slot with a spare bit above it,
        # from which the guess's value, written into every slot, is taken. Where sums fill their lanes (no spare
        # bit), every other lane is masked out (``_paired``) into slots of two lanes, and the two halves checked.
        stride = 2 if sum_bits == lane_bits else 1
        self._sum_mask = (1 << sum_bits) - 1
        self._ones = sum(1 << (stride * lane_bits * slot) for slot in range(-(-size // stride)))
        self._paired = self._sum_mask * self._ones if stride == 2 else None
        self._spare = (1 << sum_bits) * self._ones

    def pack(self, weights: list[str], lanes: Iterable[int] | None = None) -> int:
        """The packed row of ``weights`` as written, for lanes 0, 1, … or for ``lanes`` (lanes not given weigh 0)."""
        if lanes is not None:
            return self._empty + sum(map(lshift, map(self._units.__getitem__, weights), map(self._bits.__mul__, lanes)))
        packed = array(self._type, map(self._lane_values.__getitem__, weights))
        if _BIG_ENDIAN:
            packed.byteswap()
        return int.from_bytes(packed, "little")

    def floats(self, packed: int) -> list[float]:
        """One packed row's weights as ``float`` read them from the model file (``units / scale`` is the same
        correctly rounded double as the written decimal)."""
        bits, mask, offset, scale = self._bits, self._mask, self._offset, self.scale
        return [(((packed >> (bits * lane)) & mask) - offset) / scale for lane in range(self.size)]

    def best_lane(self, total: int, guess: int | None = None) -> int | None:
        """The lane of the highest score in a sum of at most ``max_rows`` packed rows, or None where two lanes
        share it. ``guess``, a lane that is often the best (the label most tokens take), is checked first."""
        if not total & self._overflow:
            if guess is not None:
                # The slots whose sum is at least the guess's keep their spare bit (none borrows from the next):
                # only the guess's own does where it leads.
                value, spare, paired = ((total >> (self._bits * guess)) & self._sum_mask) * self._ones, self._spare, self._paired
                if paired is None:
                    at_least = (((total | spare) - value) & spare).bit_count()
                else:
                    at_least = (((total & paired | spare) - value) & spare).bit_count()
                    at_least += ((((total >> self._bits) & paired | spare) - value) & spare).bit_count()
                if at_least == 1:
                    return guess
            coarse = (total >> self._coarse_shift).to_bytes(self._bytes, "little")[:: self._lane_bytes]
            highest = max(coarse)
            if coarse.count(highest) == 1:
                return coarse.index(highest)
        lanes = array(self._type, total.to_bytes(self._bytes, "little"))
        if _BIG_ENDIAN:
            lanes.byteswap()
        highest = max(lanes)
        return lanes.index(highest) if lanes.count(highest) == 1 else None


class FeatureRows(dict):
    """Feature → its row of weights over the labels, packed. Every stored feature is a key from the start,
    holding its line as the model file writes it until it is first used, when ``row`` packs it (each model
    writes its lines its own way): one dictionary look-up per feature, and an unknown feature (most of a
    sentence's context words) is a miss that costs nothing and is not remembered, so memory stays flat over a
    long batch."""

    def row(self, feature: str, line: str) -> int:
        """The packed row of a feature whose stored ``line`` is not parsed yet, parsed and kept."""
        raise NotImplementedError

    def packed(self, names: list[str]) -> int:
        """The sum of the packed rows of the features ``names`` (0 for none)."""
        total = 0
        for name in names:
            row = self.get(name)
            if row is not None:
                total += self.row(name, row) if row.__class__ is str else row
        return total


def read_model(model: bytes) -> tuple[str, Iterable[tuple[str, str]]]:
    """A gzipped model file's header line and its ``feature<TAB>row`` lines as (feature, row text) pairs, for
    the model's ``FeatureRows`` to be made from directly (a row is parsed only when its feature is first used).
    Where every line has its one tab, as the models are written, the tabs become line breaks and the text splits
    once into features and rows alternating: about a tenth quicker than splitting each line, with the same
    pairs (otherwise each line is split at its first tab)."""
    text = gzip.decompress(model).decode("utf-8")
    header, _, body = text.partition("\n")
    if "\t" not in header and body.count("\t") == body.count("\n") + 1:
        parts = iter(body.replace("\t", "\n").split("\n"))
        return header, zip(parts, parts, strict=True)
    return header, ((feature, row) for feature, row in (line.split("\t", 1) for line in body.split("\n")))


# Distinct keys whose summed rows a tagger remembers, per group of features (then forgotten all at once): most of
# a batch's tokens are of its most frequent words, and memory stays bounded.
MEMO_SIZE = 1 << 14
_Value = TypeVar("_Value")


def remember(memo: dict, key, value: _Value) -> _Value:
    """``value`` kept under ``key``; a full memo (``MEMO_SIZE``) is forgotten first, so that memory stays bounded."""
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value
