"""The OpenAPI 3.1 document of the Open Referral UK API (served at /api/openreferral/openapi.json).

Tests validate every endpoint's responses against the schemas here, so the document cannot drift from
what the API sends.
"""

from functools import cache

NULLABLE_STRING = {"type": ["string", "null"]}
UUID = {"type": "string", "format": "uuid"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict, required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": required if required is not None else list(properties),
        "additionalProperties": False,
    }


def _page(item: str) -> dict:
    return _object(
        {
            "total_items": {"type": "integer", "minimum": 0},
            "total_pages": {"type": "integer", "minimum": 1},
            "page_number": {"type": "integer", "minimum": 1},
            "size": {"type": "integer", "minimum": 0},
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"},
            "contents": {"type": "array", "items": _ref(item)},
        }
    )


SCHEMAS = {
    "Organization": _object(
        {
            "id": UUID,
            "name": {"type": "string"},
            "description": {"type": "string"},
            "email": NULLABLE_STRING,
            "website": NULLABLE_STRING,
        }
    ),
    "Taxonomy": _object(
        {
            "id": UUID,
            "name": {"type": "string"},
            "description": {"type": "string"},
            "uri": NULLABLE_STRING,
            "version": NULLABLE_STRING,
        }
    ),
    "TaxonomyTerm": _object(
        {
            "id": UUID,
            "code": {"type": "string"},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "parent_id": {"type": ["string", "null"], "format": "uuid"},
            "taxonomy_id": UUID,
            "language": {"type": "string"},
            "term_uri": NULLABLE_STRING,
        }
    ),
    "Address": _object(
        {
            "id": UUID,
            "address_1": {"type": "string"},
            "address_2": NULLABLE_STRING,
            "city": {"type": "string"},
            "postal_code": {"type": "string"},
            "country": {"type": "string"},
            "address_type": {"type": "string"},
        }
    ),
    "Location": _object(
        {
            "id": UUID,
            "location_type": {"type": "string", "enum": ["physical", "postal", "virtual"]},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "latitude": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
            "longitude": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
            "addresses": {"type": "array", "items": _ref("Address")},
            "accessibility": {
                "type": "array",
                "items": _object({"id": UUID, "description": {"type": "string"}}),
            },
        }
    ),
    "Phone": _object({"id": UUID, "number": {"type": "string"}, "description": NULLABLE_STRING}),
    "Contact": _object(
        {"id": UUID, "name": {"type": "string"}, "title": NULLABLE_STRING, "email": NULLABLE_STRING}
    ),
    "Language": _object({"id": UUID, "name": {"type": "string"}, "code": NULLABLE_STRING}),
    "Schedule": _object(
        {
            "id": UUID,
            "freq": {"type": "string", "enum": ["WEEKLY"]},
            "byday": {"type": "string", "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
            "opens_at": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
            "closes_at": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
            "description": NULLABLE_STRING,
        }
    ),
    "Attribute": _object({"id": {"type": "string"}, "taxonomy_term": _ref("TaxonomyTerm")}),
    "Service": _object(
        {
            "id": UUID,
            "organization": _ref("Organization"),
            "name": {"type": "string"},
            "description": {"type": "string"},
            "url": NULLABLE_STRING,
            "email": NULLABLE_STRING,
            "status": {"type": "string", "enum": ["active", "inactive", "defunct", "temporarily closed"]},
            "fees_description": NULLABLE_STRING,
            "eligibility_description": NULLABLE_STRING,
            "application_process": NULLABLE_STRING,
            "accessibility": NULLABLE_STRING,
            "assured_date": {"type": ["string", "null"], "format": "date"},
            "last_modified": {"type": ["string", "null"], "format": "date-time"},
            "open_24_hours": {"type": "boolean"},
            "phones": {"type": "array", "items": _ref("Phone")},
            "contacts": {"type": "array", "items": _ref("Contact")},
            "languages": {"type": "array", "items": _ref("Language")},
            "schedules": {"type": "array", "items": _ref("Schedule")},
            "service_at_locations": {
                "type": "array",
                "items": _object({"id": UUID, "location": _ref("Location")}),
            },
            "attributes": {"type": "array", "items": _ref("Attribute")},
        }
    ),
    "ServiceAtLocation": _object(
        {
            "id": UUID,
            "service": _ref("Service"),
            "location": _ref("Location"),
            "distance": {"type": "integer", "minimum": 0, "description": "Metres from the postcode."},
        },
        required=["id", "service", "location"],
    ),
    "Error": _object({"error": {"type": "string"}}),
    "Root": _object(
        {"version": {"type": "string"}, "profile": {"type": "string"}, "openapi_url": {"type": "string"}}
    ),
}
for _name in ["Service", "ServiceAtLocation", "Organization", "Taxonomy", "TaxonomyTerm"]:
    SCHEMAS[f"{_name}Page"] = _page(_name)


def _parameter(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


PAGING = [
    _parameter("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number, from 1."),
    _parameter(
        "per_page", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}, "Items per page."
    ),
]
SEARCH = _parameter("search", {"type": "string"}, "Words to look for.")
SERVICE_FILTERS = [
    _parameter("taxonomy_term_id", UUID, "Only services with this taxonomy term."),
    _parameter(
        "modified_after", {"type": "string", "format": "date-time"}, "Only services changed after this."
    ),
]


def _get(summary: str, schema: str, parameters: list, path_id: bool = False) -> dict:
    responses = {
        "200": {"description": "OK", "content": {"application/json": {"schema": _ref(schema)}}},
        "400": {
            "description": "A parameter is wrong",
            "content": {"application/json": {"schema": _ref("Error")}},
        },
    }
    if path_id:
        responses["404"] = {
            "description": "Not found",
            "content": {"application/json": {"schema": _ref("Error")}},
        }
        parameters = [{"name": "id", "in": "path", "required": True, "schema": UUID}, *parameters]
    return {"get": {"summary": summary, "parameters": parameters, "responses": responses}}


@cache
def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "MyLife4Me services directory: Open Referral UK API",
            "version": "3.0",
            "description": "Read-only, public. Services in the Open Referral UK (HSDS 3.0) shape.",
        },
        "servers": [{"url": "/api/openreferral"}],
        "paths": {
            "/": _get("Version information", "Root", []),
            "/services": _get("Services", "ServicePage", [*PAGING, SEARCH, *SERVICE_FILTERS]),
            "/services/{id}": _get("One service, fully nested", "Service", [], path_id=True),
            "/service_at_locations": _get(
                "Services at locations, nearest first when a postcode is given",
                "ServiceAtLocationPage",
                [
                    *PAGING,
                    *SERVICE_FILTERS,
                    _parameter(
                        "postcode", {"type": "string"}, "A UK postcode or Birmingham postcode district."
                    ),
                    _parameter("proximity", {"type": "integer", "minimum": 1, "maximum": 200000}, "Metres."),
                ],
            ),
            "/organizations": _get("Organisations", "OrganizationPage", [*PAGING, SEARCH]),
            "/taxonomies": _get("Taxonomies", "TaxonomyPage", PAGING),
            "/taxonomy_terms": _get(
                "Taxonomy terms",
                "TaxonomyTermPage",
                [*PAGING, SEARCH, _parameter("taxonomy_id", UUID, "Only this taxonomy.")],
            ),
        },
        "components": {"schemas": SCHEMAS},
    }
