"""What the catalog and store checks share: the catalog format's codes, the report of errors and
warnings, and helpers for fields, dates and distributor eligibility."""

import calendar
import datetime as dt
import re

SPECIES = {"dog", "cat", "small_animal", "bird", "fish", "reptile", "other"}
FOOD_TYPES = {"kibble", "can", "raw", "freeze_dried", "treat", "supplement", "other"}
SIZES = ("S", "M", "L", "XL")
PROGRAM_KINDS = {"frequent_buyer", "tracking", "custom"}
FULFILLMENTS = {"distributor", "retailer", "direct"}
RULES = {"any", "least_value", "same_size", "purchased_prior", "most_frequent"}
OFFER_KINDS = {"free_good", "rebate"}
ROLES = {"admin", "manager", "cashier"}
TEMP_HOLDING = "TEMP-HOLDING"
MAX_DAYS_AGO = 200
US_STATES = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
CA_PROVINCES = set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())



class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: %s" % (where, msg))


def parse_date(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def months_before(d, n):
    y, m = d.year, d.month - n
    while m <= 0:
        m += 12
        y -= 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_fields(rep, where, obj, spec):
    """spec: {field: (type, required)}; type is 'str', 'int', 'bool', 'date', 'list', 'dict'."""
    if not isinstance(obj, dict):
        rep.error(where, "not an object")
        return False
    ok = True
    for field, (typ, required) in spec.items():
        if field not in obj or obj[field] is None:
            if required:
                rep.error(where, "missing required field %r" % field)
                ok = False
            continue
        v = obj[field]
        good = {
            "str": lambda: isinstance(v, str) and v != "",
            "int": lambda: is_int(v),
            "bool": lambda: isinstance(v, bool),
            "date": lambda: isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and parse_date(v),
            "list": lambda: isinstance(v, list),
            "dict": lambda: isinstance(v, dict),
        }[typ]()
        if not good:
            rep.error(where, "field %r should be %s, got %r" % (field, typ, v))
            ok = False
    return ok


def where_id(section, i, obj, key="id"):
    ident = obj.get(key) if isinstance(obj, dict) else None
    return "%s[%d]%s" % (section, i, ' (%s "%s")' % (key, ident) if ident else "")


def published_at(regions, loc):
    return loc["country"] in regions or loc["region"] in regions


def serves(dist, loc):
    restricted = dist.get("restricted_locations") or []
    if restricted:
        return loc["id"] in restricted
    if loc["country"] == "US":
        return loc["region"] in (dist.get("states") or [])
    return loc["region"] in (dist.get("provinces") or [])


def eligible(dist, subject, loc):
    """domain.md §5: partners with the manufacturer, agreed to fulfill the subject, serves the location."""
    return (dist.get("active", True)
            and subject["manufacturer"] in dist["manufacturers"]
            and subject["id"] in dist["programs"]
            and serves(dist, loc))


def expected_size(product):
    if product["food_type"] in ("can", "treat"):
        return "S"
    g = product.get("weight_grams")
    if g is None:
        return None
    if g < 2000:
        return "S"
    if g <= 7000:
        return "M"
    if g <= 14000:
        return "L"
    return "XL"
