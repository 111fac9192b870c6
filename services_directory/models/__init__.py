from services_directory.models.advice import AdvicePage
from services_directory.models.callback import CallbackRequest, CallbackState
from services_directory.models.location import Location
from services_directory.models.organization import Membership, Organization
from services_directory.models.postcode import Postcode
from services_directory.models.schedule import Closure, Schedule, Weekday
from services_directory.models.service import (
    Contact,
    Language,
    Phone,
    Service,
    ServiceAtLocation,
    ServiceStatus,
)
from services_directory.models.substances import LawClass, MixingLevel, MixingRisk, Substance, SubstanceType
from services_directory.models.taxonomy import Taxonomy, TaxonomyTerm

__all__ = [
    "AdvicePage",
    "CallbackRequest",
    "CallbackState",
    "Closure",
    "Contact",
    "Language",
    "LawClass",
    "Location",
    "Membership",
    "MixingLevel",
    "MixingRisk",
    "Organization",
    "Phone",
    "Postcode",
    "Schedule",
    "Service",
    "ServiceAtLocation",
    "ServiceStatus",
    "Substance",
    "SubstanceType",
    "Taxonomy",
    "TaxonomyTerm",
    "Weekday",
]
