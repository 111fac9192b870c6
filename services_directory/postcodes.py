"""UK postcodes: checking what someone typed, finding where it is (locally, never by a third party), and
distances in miles.

Distance is worked out in Python with the haversine formula, after a bounding-box filter in the database
when a radius is given. The directory holds hundreds of locations, not millions, so this is quick, and it
behaves the same on SQLite and PostgreSQL without PostGIS.
"""

import csv
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from services_directory.models import Postcode
from services_directory.postcode_districts import DISTRICTS

# The shape of a full UK postcode: outward code (area, district) and inward code (sector, unit).
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
EARTH_RADIUS_MILES = 3958.8
METRES_PER_MILE = 1609.344
BATCH_SIZE = 2000


@dataclass(frozen=True)
class Place:
    postcode: str
    latitude: float
    longitude: float
    exact: bool  # False: the centre of the postcode district, not the postcode itself


def normalise(raw: str | None) -> str | None:
    """ "b11aa " -> "B1 1AA"; a district alone ("B12") stays as it is; anything else -> None."""
    text = re.sub(r"\s+", "", (raw or "")).upper()
    if len(text) > 8:
        return None
    match = _POSTCODE.match(text)
    if match:
        return f"{match.group(1)} {match.group(2)}"
    if _OUTWARD.match(text):
        return text
    return None


def district_of(postcode: str) -> str:
    return postcode.split(" ")[0]


def locate(raw: str) -> Place | None:
    """Where a postcode (or a district like "B12") is: from the imported table, else from the centre of its
    district that the project carries. None when neither knows it."""
    postcode = normalise(raw)
    if postcode is None:
        return None
    if " " in postcode:
        row = Postcode.objects.filter(postcode=postcode).values_list("latitude", "longitude").first()
        if row:
            return Place(postcode, row[0], row[1], exact=True)
    centroid = DISTRICTS.get(district_of(postcode))
    if centroid:
        return Place(postcode, centroid[0], centroid[1], exact=False)
    return None


def miles_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(a))


def bounding_box(latitude: float, longitude: float, miles: float) -> dict[str, float]:
    """Filter arguments for a latitude/longitude box that holds every point within `miles`."""
    dlat = math.degrees(miles / EARTH_RADIUS_MILES)
    dlon = math.degrees(miles / (EARTH_RADIUS_MILES * max(math.cos(math.radians(latitude)), 0.01)))
    return {
        "latitude__gte": latitude - dlat,
        "latitude__lte": latitude + dlat,
        "longitude__gte": longitude - dlon,
        "longitude__lte": longitude + dlon,
    }


def _rows(path: Path) -> Iterable[Postcode]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            postcode = normalise(row.get("postcode") or row.get("pcds") or "")
            try:
                latitude = float(row.get("lat") or row.get("latitude") or "")
                longitude = float(row.get("long") or row.get("longitude") or "")
            except ValueError:
                continue
            if postcode is None or " " not in postcode:
                continue
            yield Postcode(
                postcode=postcode,
                latitude=latitude,
                longitude=longitude,
                local_authority=(row.get("local_authority") or "")[:100],
            )


def import_postcodes(path: Path) -> int:
    """Loads an ONS-style CSV (postcode, lat, long, local_authority). Running it again updates the rows
    already there. Returns how many rows it read."""
    count = 0
    batch: list[Postcode] = []
    with transaction.atomic():
        for postcode in _rows(path):
            batch.append(postcode)
            if len(batch) >= BATCH_SIZE:
                count += _save(batch)
                batch = []
        count += _save(batch)
    return count


def _save(batch: list[Postcode]) -> int:
    if batch:
        Postcode.objects.bulk_create(
            batch,
            update_conflicts=True,
            unique_fields=["postcode"],
            update_fields=["latitude", "longitude", "local_authority"],
        )
    return len(batch)
