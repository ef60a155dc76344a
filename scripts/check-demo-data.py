#!/usr/bin/env python3
"""Checks the demo store data: resources/demo/catalog.json and resources/demo/store.json.

The catalog is checked against docs/catalog-format.md (required fields, enums, check digits,
references) and against what the demo must show (every reward rule, fulfillment type and program
kind, region variants, an ended card, distributor eligibility for every location).  The store file
is then replayed in date order: visits punch the enrolled cards, the rolling time limit is applied
relative to each event's date, and every scripted redemption must be earned and allowed by its
card's rule.  Because visits are dated relative to the load day, the replay is repeated for every
load day of the coming year so month lengths can never change the outcome.

Python 3 standard library only.  Exit status 0 when everything passes, 1 otherwise.
"""

import argparse
import calendar
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CATALOG = os.path.join(ROOT, "resources", "demo", "catalog.json")
DEFAULT_STORE = os.path.join(ROOT, "resources", "demo", "store.json")

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


# ------------------------------------------------------------------ GTIN

def gs1_check_digit(body):
    """GS1 mod-10 check digit of the digits before the check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def expand_upce(code8):
    """UPC-E (number system, 6 digits, check) -> the UPC-A body of 11 digits (without check)."""
    ns, d = code8[0], code8[1:7]
    last = d[5]
    if last in "012":
        return ns + d[0:2] + last + "0000" + d[2:5]
    if last == "3":
        return ns + d[0:3] + "00000" + d[3:5]
    if last == "4":
        return ns + d[0:4] + "00000" + d[4]
    return ns + d[0:5] + "0000" + last


def normalize_code(code):
    """Returns (kind, gtin14) or raises ValueError with the reason.

    An 8-digit code starting with 0 or 1 is read as UPC-E (number system 0/1), any other 8-digit
    code as EAN-8 (EAN-8 prefixes 0 and 1 are not issued for trade items)."""
    if not isinstance(code, str) or not code.isdigit():
        raise ValueError("not a string of digits")
    n = len(code)
    if n == 8 and code[0] in "01":
        body = expand_upce(code)
        if gs1_check_digit(body) != code[7]:
            raise ValueError("wrong check digit (UPC-E, expected %s)" % gs1_check_digit(body))
        return "UPC-E", "00" + body + code[7]
    kinds = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
    if n not in kinds:
        raise ValueError("length %d is not 8, 12, 13 or 14" % n)
    if gs1_check_digit(code[:-1]) != code[-1]:
        raise ValueError("wrong check digit (%s, expected %s)" % (kinds[n], gs1_check_digit(code[:-1])))
    return kinds[n], code.rjust(14, "0")


# ------------------------------------------------------------------ helpers

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


# ------------------------------------------------------------------ catalog

class Catalog:
    def __init__(self, doc, rep, today):
        self.doc = doc
        self.rep = rep
        self.today = today
        self.locations = {}
        self.manufacturers = {}
        self.products = {}      # gtin -> product
        self.code_kind = {}     # gtin -> UPC-A / EAN-13 / ...
        self.programs = {}
        self.cards = {}         # card id -> card (with effective dates and gtins)
        self.card_program = {}  # card id -> program
        self.offers = {}
        self.distributors = {}

    def gtin(self, code):
        try:
            return normalize_code(code)[1]
        except ValueError:
            return None

    def check(self):
        rep, doc = self.rep, self.doc
        if not isinstance(doc, dict):
            rep.error("catalog", "top level is not an object")
            return
        if doc.get("format") != "astro-catalog":
            rep.error("catalog", 'format must be "astro-catalog"')
        if doc.get("version") != 1:
            rep.error("catalog", "version must be 1")
        if "retailer" in doc:
            check_fields(rep, "retailer", doc["retailer"], {"id": ("str", True), "name": ("str", True)})

        for i, loc in enumerate(doc.get("locations", [])):
            w = where_id("locations", i, loc)
            if not check_fields(rep, w, loc, {
                    "id": ("str", True), "name": ("str", True), "address": ("str", False),
                    "city": ("str", False), "postal_code": ("str", False), "phone": ("str", False),
                    "region": ("str", True), "country": ("str", True), "master": ("bool", False)}):
                continue
            if loc["country"] not in ("US", "CA"):
                rep.error(w, 'country must be "US" or "CA"')
            elif loc["region"] not in (US_STATES if loc["country"] == "US" else CA_PROVINCES):
                rep.error(w, "region %r is not a %s code" % (loc["region"], loc["country"]))
            if loc["country"] == "CA" and not re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", loc.get("postal_code", "")):
                rep.error(w, "Canadian postal code should look like M6J 1H5")
            if loc["country"] == "US" and not re.fullmatch(r"\d{5}(-\d{4})?", loc.get("postal_code", "")):
                rep.error(w, "US ZIP code should be 5 digits")
            if loc["id"] in self.locations:
                rep.error(w, "duplicate id")
            self.locations[loc["id"]] = loc
        masters = [l for l in self.locations.values() if l.get("master")]
        if len(masters) != 1:
            rep.error("locations", "exactly one master location expected, found %d" % len(masters))

        for i, m in enumerate(doc.get("manufacturers", [])):
            w = where_id("manufacturers", i, m)
            if check_fields(rep, w, m, {"id": ("str", True), "name": ("str", True)}):
                if m["id"] in self.manufacturers:
                    rep.error(w, "duplicate id")
                self.manufacturers[m["id"]] = m

        for i, p in enumerate(doc.get("products", [])):
            w = where_id("products", i, p, "upc")
            if not check_fields(rep, w, p, {
                    "upc": ("str", True), "description": ("str", True), "manufacturer": ("str", True),
                    "species": ("str", True), "food_type": ("str", True), "size_class": ("str", True),
                    "weight_grams": ("int", False), "price_cents": ("int", True), "active": ("bool", False)}):
                continue
            try:
                kind, gtin = normalize_code(p["upc"])
            except ValueError as e:
                rep.error(w, str(e))
                continue
            if kind == "UPC-E" and gs1_check_digit(p["upc"][:7]) == p["upc"][7]:
                rep.warn(w, "also a valid EAN-8: a reader that does not go by the leading digit may misread it")
            if gtin in self.products:
                rep.error(w, "same GTIN-14 %s as product %s" % (gtin, self.products[gtin]["upc"]))
            self.products[gtin] = p
            self.code_kind[gtin] = kind
            if p["manufacturer"] not in self.manufacturers:
                rep.error(w, "unknown manufacturer %r" % p["manufacturer"])
            if p["species"] not in SPECIES:
                rep.error(w, "unknown species %r" % p["species"])
            if p["food_type"] not in FOOD_TYPES:
                rep.error(w, "unknown food_type %r" % p["food_type"])
            if p["size_class"] not in SIZES:
                rep.error(w, "unknown size_class %r" % p["size_class"])
            elif expected_size(p) and expected_size(p) != p["size_class"]:
                rep.error(w, "size_class %s does not match %s of %s g (expected %s)"
                          % (p["size_class"], p["food_type"], p.get("weight_grams"), expected_size(p)))
            if p["price_cents"] <= 0:
                rep.error(w, "price_cents must be positive")
            if len(p["description"]) < 25:
                rep.warn(w, "description is short; stores without scanners pick items by name")

        for i, prg in enumerate(doc.get("programs", [])):
            w = where_id("programs", i, prg)
            if not check_fields(rep, w, prg, {
                    "id": ("str", True), "manufacturer": ("str", True), "title": ("str", True),
                    "description": ("str", False), "kind": ("str", True), "fulfillment": ("str", True),
                    "available_from": ("date", True), "available_to": ("date", True), "terms": ("str", False),
                    "regions": ("list", True), "cards": ("list", True), "active": ("bool", False)}):
                continue
            if prg["id"] in self.programs or prg["id"] in self.offers:
                rep.error(w, "duplicate id")
            self.programs[prg["id"]] = prg
            if prg["manufacturer"] not in self.manufacturers:
                rep.error(w, "unknown manufacturer %r" % prg["manufacturer"])
            if prg["kind"] not in PROGRAM_KINDS:
                rep.error(w, "unknown kind %r" % prg["kind"])
            if prg["fulfillment"] not in FULFILLMENTS:
                rep.error(w, "unknown fulfillment %r" % prg["fulfillment"])
            if prg["kind"] == "tracking" and prg["fulfillment"] != "retailer":
                rep.error(w, "tracking programs must be retailer fulfilled")
            self.check_dates(w, prg)
            self.check_regions(w, prg["regions"])
            if not prg["cards"]:
                rep.error(w, "a program needs at least one card")
            for j, c in enumerate(prg["cards"]):
                self.check_card("%s.cards[%d]%s" % (w, j, ' (id "%s")' % c.get("id") if isinstance(c, dict) else ""),
                                prg, c)

        for i, o in enumerate(doc.get("offers", [])):
            w = where_id("offers", i, o)
            if not check_fields(rep, w, o, {
                    "id": ("str", True), "manufacturer": ("str", True), "title": ("str", True),
                    "description": ("str", False), "kind": ("str", True), "buy": ("int", True),
                    "get": ("int", False), "rebate_cents": ("int", False), "limit_per_customer": ("int", False),
                    "cap_units": ("int", False), "cap_cents": ("int", False), "requires_email": ("bool", False),
                    "fulfillment": ("str", True), "available_from": ("date", True), "available_to": ("date", True),
                    "regions": ("list", True), "products": ("list", True), "active": ("bool", False)}):
                continue
            if o["id"] in self.offers or o["id"] in self.programs:
                rep.error(w, "duplicate id")
            self.offers[o["id"]] = o
            if o["manufacturer"] not in self.manufacturers:
                rep.error(w, "unknown manufacturer %r" % o["manufacturer"])
            if o["kind"] not in OFFER_KINDS:
                rep.error(w, "unknown kind %r" % o["kind"])
            if o["buy"] < 1:
                rep.error(w, "buy must be >= 1")
            if o["kind"] == "free_good" and not (is_int(o.get("get")) and o["get"] >= 1):
                rep.error(w, "a free_good offer needs get >= 1")
            if o["kind"] == "rebate" and not (is_int(o.get("rebate_cents")) and o["rebate_cents"] > 0):
                rep.error(w, "a rebate offer needs rebate_cents > 0")
            if o["fulfillment"] not in FULFILLMENTS:
                rep.error(w, "unknown fulfillment %r" % o["fulfillment"])
            self.check_dates(w, o)
            self.check_regions(w, o["regions"])
            o["_gtins"] = self.resolve_products(w, o["products"], o["manufacturer"])

        for i, d in enumerate(doc.get("distributors", [])):
            w = where_id("distributors", i, d)
            if not check_fields(rep, w, d, {
                    "id": ("str", True), "name": ("str", True), "states": ("list", False),
                    "provinces": ("list", False), "restricted_locations": ("list", False),
                    "manufacturers": ("list", True), "programs": ("list", True),
                    "requires_account_number": ("bool", False), "active": ("bool", False)}):
                continue
            if d["id"] in self.distributors or d["id"] == TEMP_HOLDING:
                rep.error(w, "duplicate or reserved id")
            self.distributors[d["id"]] = d
            for s in d.get("states") or []:
                if s not in US_STATES:
                    rep.error(w, "unknown US state %r" % s)
            for s in d.get("provinces") or []:
                if s not in CA_PROVINCES:
                    rep.error(w, "unknown province %r" % s)
            for l in d.get("restricted_locations") or []:
                if l not in self.locations:
                    rep.error(w, "unknown restricted location %r" % l)
            for m in d["manufacturers"]:
                if m not in self.manufacturers:
                    rep.error(w, "unknown manufacturer %r" % m)
            for s in d["programs"]:
                if s not in self.programs and s not in self.offers:
                    rep.error(w, "unknown program or offer %r" % s)

    def check_dates(self, w, obj):
        f, t = parse_date(obj.get("available_from")), parse_date(obj.get("available_to"))
        if f and t and f > t:
            self.rep.error(w, "available_from is after available_to")

    def check_regions(self, w, regions):
        if not regions:
            self.rep.error(w, "regions must not be empty")
        for r in regions:
            if r not in ("US", "CA") and r not in US_STATES and r not in CA_PROVINCES:
                self.rep.error(w, "unknown region %r" % r)

    def resolve_products(self, w, codes, manufacturer):
        gtins = []
        for code in codes:
            g = self.gtin(code)
            if g is None or g not in self.products:
                self.rep.error(w, "product %r is not in the catalog" % code)
                continue
            if g in gtins:
                self.rep.error(w, "product %r listed twice" % code)
            if self.products[g]["manufacturer"] != manufacturer:
                self.rep.warn(w, "product %r belongs to another manufacturer" % code)
            gtins.append(g)
        return gtins

    def check_card(self, w, prg, c):
        rep = self.rep
        if not check_fields(rep, w, c, {
                "id": ("str", True), "title": ("str", True), "description": ("str", False),
                "available_from": ("date", False), "available_to": ("date", False), "buy": ("int", True),
                "get": ("int", True), "rule": ("str", True), "time_limit_months": ("int", False),
                "max_per_customer": ("int", False), "max_per_program": ("int", False),
                "cost_cents": ("dict", True), "products": ("list", True), "active": ("bool", False)}):
            return
        if c["id"] in self.cards:
            rep.error(w, "duplicate card id")
        self.cards[c["id"]] = c
        self.card_program[c["id"]] = prg
        if c["buy"] < 1 or c["get"] < 1:
            rep.error(w, "buy and get must be >= 1")
        if c["rule"] not in RULES:
            rep.error(w, "unknown rule %r" % c["rule"])
        if c.get("time_limit_months", 0) < 0:
            rep.error(w, "time_limit_months must not be negative")
        for s in SIZES:
            if not is_int(c["cost_cents"].get(s)) or c["cost_cents"][s] < 0:
                rep.error(w, "cost_cents.%s missing or not a non-negative integer" % s)
        c["_from"] = parse_date(c.get("available_from") or prg["available_from"])
        c["_to"] = parse_date(c.get("available_to") or prg["available_to"])
        if c["_from"] and c["_to"] and c["_from"] > c["_to"]:
            rep.error(w, "available_from is after available_to")
        if not c["products"]:
            rep.error(w, "a card needs qualifying products")
        c["_gtins"] = self.resolve_products(w, c["products"], prg["manufacturer"])

    # ------------------------------------------------------------------ what the demo must show

    def check_demo_coverage(self):
        rep, today = self.rep, self.today
        w = "demo catalog"
        doc = self.doc
        if doc.get("retailer") != {"id": "RET-1001", "name": "Kat's Pet Food Shop"}:
            rep.error(w, "retailer must be RET-1001 Kat's Pet Food Shop")
        tor, buf = self.locations.get("LOC-TORONTO"), self.locations.get("LOC-BUFFALO")
        if not tor or (tor["region"], tor["country"], tor.get("master")) != ("ON", "CA", True):
            rep.error(w, "LOC-TORONTO must be the master location in ON, CA")
        if not buf or (buf["region"], buf["country"]) != ("NY", "US"):
            rep.error(w, "LOC-BUFFALO must be in NY, US")
        if len(self.manufacturers) != 5:
            rep.error(w, "5 manufacturers expected, found %d" % len(self.manufacturers))
        if not 120 <= len(self.products) <= 200:
            rep.error(w, "about 150 products expected, found %d" % len(self.products))
        kinds = Counter(self.code_kind.values())
        if kinds["UPC-A"] <= len(self.products) // 2:
            rep.error(w, "most products should be UPC-A")
        if kinds["EAN-13"] < 1:
            rep.error(w, "some EAN-13 products expected")
        if not 2 <= kinds["UPC-E"] <= 3:
            rep.error(w, "2-3 UPC-E products expected, found %d" % kinds["UPC-E"])
        if not 1 <= kinds["EAN-8"] <= 2:
            rep.error(w, "1-2 EAN-8 products expected, found %d" % kinds["EAN-8"])

        cards = list(self.cards.values())
        progs = list(self.programs.values())
        if len(progs) < 6:
            rep.error(w, "at least 6 programs expected")
        for label, have, want in (
                ("rule", {c["rule"] for c in cards}, RULES),
                ("fulfillment", {p["fulfillment"] for p in progs}, FULFILLMENTS),
                ("program kind", {p["kind"] for p in progs}, PROGRAM_KINDS)):
            if not want <= have:
                rep.error(w, "no card/program with %s %s" % (label, ", ".join(sorted(want - have))))
        limits = {c.get("time_limit_months", 0) for c in cards}
        for n in (6, 12):
            if n not in limits:
                rep.error(w, "no card with time_limit_months %d" % n)
        if not any("max_per_customer" in c for c in cards):
            rep.error(w, "no card with max_per_customer")
        if not any("max_per_program" in c for c in cards):
            rep.error(w, "no card with max_per_program")
        if not any(c["buy"] <= 5 for c in cards):
            rep.error(w, "no card with a small buy (<= 5) for an easy demo")
        if not any(c["_to"] and c["_to"] < today for c in cards):
            rep.error(w, "no card that has already ended")
        for c in cards:
            if c["rule"] == "least_value" and len({self.products[g]["price_cents"] for g in c["_gtins"]}) < 3:
                rep.error(w, "least_value card %s should hold several prices" % c["id"])
        regions = [set(p["regions"]) for p in progs]
        if not any({"US", "CA"} <= r for r in regions):
            rep.error(w, 'no program published in both "US" and "CA"')
        if not any(r == {"CA"} for r in regions):
            rep.error(w, 'no program published only in "CA"')
        if not any(r and r <= US_STATES for r in regions):
            rep.error(w, "no program published only in some US states")
        programs_of = defaultdict(set)
        for cid, c in self.cards.items():
            for g in c["_gtins"]:
                programs_of[g].add(self.card_program[cid]["id"])
        shared = [g for g, ps in programs_of.items() if len(ps) > 1]
        if not 2 <= len(shared) <= 3:
            rep.error(w, "2-3 products should be on cards of two programs, found %d" % len(shared))
        self.shared = shared
        on_something = set(programs_of)
        for o in self.offers.values():
            on_something.update(o["_gtins"])
        for g, p in self.products.items():
            if g not in on_something:
                rep.warn(w, "product %s is on no card or offer" % p["upc"])

        offers = list(self.offers.values())
        if len(offers) != 3:
            rep.error(w, "3 offers expected")
        if not any(o["kind"] == "free_good" and o["buy"] == 1 and o.get("get") == 1 for o in offers):
            rep.error(w, "no buy 1 get 1 offer")
        if not any(o["kind"] == "free_good" and o["buy"] == 2 and o.get("get") == 1 and o.get("requires_email")
                   for o in offers):
            rep.error(w, "no buy 2 get 1 offer that requires the email")
        if not any(o["kind"] == "rebate" and o.get("rebate_cents") == 500 and o.get("cap_cents") == 50000
                   for o in offers):
            rep.error(w, "no $5 rebate offer capped at $500")
        for o in offers:
            if o.get("limit_per_customer", 1) != 1:
                rep.error(w, "offer %s: limit_per_customer should be 1" % o["id"])
            if o["fulfillment"] not in ("distributor", "direct"):
                rep.error(w, "offer %s: fulfillment should be distributor or direct" % o["id"])
        months = sorted(o["available_from"][:7] for o in offers)
        if months != ["2026-11", "2026-11", "2026-12"]:
            rep.error(w, "offers should be two for November 2026 and one for December 2026")

        dists = list(self.distributors.values())
        if len(dists) != 5:
            rep.error(w, "5 distributors expected")
        plain = [d for d in dists if not d.get("restricted_locations")]
        if not any(d.get("states") and not d.get("provinces") for d in plain):
            rep.error(w, "no distributor serving only US states")
        if not any(d.get("provinces") and not d.get("states") for d in plain):
            rep.error(w, "no distributor serving only Canadian provinces")
        if not any(d.get("provinces") and d.get("states") for d in plain):
            rep.error(w, "no distributor serving both countries")
        restricted = [d for d in dists if d.get("restricted_locations")]
        if not any(d["restricted_locations"] == ["LOC-BUFFALO"] and not d.get("states") for d in restricted):
            rep.error(w, 'no distributor restricted to ["LOC-BUFFALO"] with no states')
        if sum(1 for d in dists if d.get("requires_account_number", True) is False) != 1:
            rep.error(w, "exactly one distributor should not require an account number")

        self.eligibility = {}
        for subj in progs + offers:
            if subj["fulfillment"] != "distributor":
                continue
            for loc in self.locations.values():
                if not published_at(subj["regions"], loc):
                    continue
                el = [d["id"] for d in dists if eligible(d, subj, loc)]
                self.eligibility[(loc["id"], subj["id"])] = el
                if not el:
                    rep.error(w, "no eligible distributor for %s at %s" % (subj["id"], loc["id"]))
        if not any(len(v) >= 2 for v in self.eligibility.values()):
            rep.error(w, "no program with two eligible distributors at a location")


# ------------------------------------------------------------------ store

ITEM_RE = re.compile(r"^(\d{8}|\d{12,14})(?:x(\d+))?(?:@(\d+(?:\.\d{1,2})?))?$")


class Store:
    def __init__(self, doc, cat, rep):
        self.doc = doc
        self.cat = cat
        self.rep = rep
        self.users = {}
        self.customers = {}
        self.enrollment = {}  # (location, subject) -> enrollment

    def check_static(self):
        rep, doc, cat = self.rep, self.doc, self.cat
        if not isinstance(doc, dict):
            rep.error("store", "top level is not an object")
            return
        if doc.get("format") != "astro-demo-store" or doc.get("version") != 1:
            rep.error("store", 'format must be "astro-demo-store", version 1')

        pins = set()
        for i, u in enumerate(doc.get("users", [])):
            w = where_id("users", i, u, "name")
            if not check_fields(rep, w, u, {"name": ("str", True), "role": ("str", True), "pin": ("str", True)}):
                continue
            if u["role"] not in ROLES:
                rep.error(w, "unknown role %r" % u["role"])
            if not re.fullmatch(r"\d{4,8}", u["pin"]):
                rep.error(w, "PIN must be 4-8 digits")
            if u["pin"] in pins or u["name"] in self.users:
                rep.error(w, "duplicate name or PIN")
            pins.add(u["pin"])
            self.users[u["name"]] = u
        roles = Counter(u["role"] for u in self.users.values())
        if (roles["admin"], roles["manager"], roles["cashier"]) != (1, 1, 2):
            rep.error("users", "1 admin, 1 manager and 2 cashiers expected")

        for i, e in enumerate(doc.get("enrollments", [])):
            w = "enrollments[%d] (%s / %s)" % (i, e.get("location"), e.get("subject"))
            if not check_fields(rep, w, e, {"location": ("str", True), "subject": ("str", True),
                                            "distributor": ("str", False), "account_number": ("str", False)}):
                continue
            loc = cat.locations.get(e["location"])
            subj = cat.programs.get(e["subject"]) or cat.offers.get(e["subject"])
            if loc is None or subj is None:
                rep.error(w, "unknown location or subject")
                continue
            key = (e["location"], e["subject"])
            if key in self.enrollment:
                rep.error(w, "enrolled twice")
            self.enrollment[key] = e
            if not published_at(subj["regions"], loc):
                rep.error(w, "the subject is not published in %s" % loc["region"])
            dist, acct = e.get("distributor"), e.get("account_number")
            f = subj["fulfillment"]
            if f == "distributor":
                if dist == TEMP_HOLDING:
                    if acct:
                        rep.warn(w, "an account number at Temporary Holding is meaningless")
                elif dist not in cat.distributors:
                    rep.error(w, "distributor-fulfilled: needs a catalog distributor or TEMP-HOLDING")
                else:
                    d = cat.distributors[dist]
                    if not eligible(d, subj, loc):
                        rep.error(w, "%s is not eligible here (domain.md §5)" % dist)
                    if d.get("requires_account_number", True) and not acct:
                        rep.error(w, "%s requires an account number" % dist)
            elif f == "direct":
                if dist is not None:
                    rep.error(w, "direct-fulfilled: distributor must be null")
                if not acct:
                    rep.error(w, "direct-fulfilled: needs the account number at the manufacturer")
            else:
                if dist is not None or acct:
                    rep.error(w, "retailer-fulfilled: no distributor and no account number")
        for loc in cat.locations.values():
            for subj in list(cat.programs.values()) + list(cat.offers.values()):
                if published_at(subj["regions"], loc) and (loc["id"], subj["id"]) not in self.enrollment:
                    rep.error("enrollments", "%s is not enrolled in %s" % (loc["id"], subj["id"]))
        master = next((l["id"] for l in cat.locations.values() if l.get("master")), None)
        held = [s for (l, s), e in self.enrollment.items()
                if e.get("distributor") == TEMP_HOLDING and s in cat.programs]
        held_master = [s for (l, s), e in self.enrollment.items()
                       if l == master and e.get("distributor") == TEMP_HOLDING and s in cat.programs]
        if len(held_master) != 1 or len(held) != 1:
            rep.error("enrollments", "exactly one distributor-fulfilled program should sit in TEMP-HOLDING, "
                                     "at the master location (found %s)" % held)
        self.held = held

        for i, c in enumerate(doc.get("customers", [])):
            w = where_id("customers", i, c, "key")
            if not check_fields(rep, w, c, {"key": ("str", True), "first_name": ("str", True),
                                            "last_name": ("str", True), "phone": ("str", False),
                                            "email": ("str", False)}):
                continue
            if c["key"] in self.customers:
                rep.error(w, "duplicate key")
            self.customers[c["key"]] = c
            if not c.get("phone") and not c.get("email"):
                rep.error(w, "a phone or an email is needed to find the customer")
            if c.get("phone") and not re.fullmatch(r"[2-9]\d{2}[2-9]\d{6}", c["phone"]):
                rep.error(w, "phone must be 10 digits (NANP)")
            if c.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", c["email"]):
                rep.error(w, "email looks wrong")
        if not 10 <= len(self.customers) <= 15:
            rep.error("customers", "about 12 customers expected")

        self.visits = []
        for i, v in enumerate(doc.get("visits", [])):
            w = "visits[%d] (%s, %s days ago)" % (i, v.get("customer"), v.get("days_ago"))
            if not check_fields(rep, w, v, {"customer": ("str", True), "location": ("str", True),
                                            "user": ("str", True), "days_ago": ("int", True),
                                            "items": ("list", True), "reason": ("str", False)}):
                continue
            self.check_refs(w, v)
            items = []
            for s in v["items"]:
                m = ITEM_RE.match(s) if isinstance(s, str) else None
                if not m:
                    rep.error(w, "item %r is not UPC[xQTY][@PRICE]" % (s,))
                    continue
                g = cat.gtin(m.group(1))
                if g is None or g not in cat.products:
                    rep.error(w, "item %r: unknown or invalid UPC" % s)
                    continue
                qty = int(m.group(2) or 1)
                price = int(round(float(m.group(3)) * 100)) if m.group(3) else cat.products[g]["price_cents"]
                if qty < 1 or price <= 0:
                    rep.error(w, "item %r: quantity and price must be positive" % s)
                    continue
                items.append((g, qty, price))
            if not items:
                rep.error(w, "a visit needs items")
            self.visits.append((i, w, v, items))

        self.redemptions = []
        for i, r in enumerate(doc.get("redemptions", [])):
            w = "redemptions[%d] (%s, %s)" % (i, r.get("customer"), r.get("card"))
            if not check_fields(rep, w, r, {"customer": ("str", True), "card": ("str", True), "upc": ("str", True),
                                            "location": ("str", True), "user": ("str", True),
                                            "days_ago": ("int", True)}):
                continue
            self.check_refs(w, r)
            if r["card"] not in cat.cards:
                rep.error(w, "unknown card")
                continue
            g = cat.gtin(r["upc"])
            if g is None or g not in cat.products:
                rep.error(w, "unknown or invalid UPC %r" % r["upc"])
                continue
            self.redemptions.append((i, w, r, g))

    def check_refs(self, w, obj):
        if obj["customer"] not in self.customers:
            self.rep.error(w, "unknown customer %r" % obj["customer"])
        if obj["location"] not in self.cat.locations:
            self.rep.error(w, "unknown location %r" % obj["location"])
        if obj["user"] not in self.users:
            self.rep.error(w, "unknown user %r" % obj["user"])
        if not 0 <= obj["days_ago"] <= MAX_DAYS_AGO:
            self.rep.error(w, "days_ago must be 0..%d" % MAX_DAYS_AGO)

    # ------------------------------------------------------------------ replay

    def punchable_cards(self, gtin, loc_id, day):
        """Cards a scan of gtin punches at loc_id on day: enrolled, published, active, available."""
        cat = self.cat
        loc = cat.locations[loc_id]
        out = []
        for cid, c in cat.cards.items():
            prg = cat.card_program[cid]
            if gtin not in c["_gtins"] or (loc_id, prg["id"]) not in self.enrollment:
                continue
            if not published_at(prg["regions"], loc) or not prg.get("active", True) or not c.get("active", True):
                continue
            if not cat.products[gtin].get("active", True):
                continue
            if not (parse_date(prg["available_from"]) <= day <= parse_date(prg["available_to"])):
                continue
            if not (c["_from"] <= day <= c["_to"]):
                continue
            out.append(cid)
        return out

    def replay(self, today, rep):
        """Replays visits and redemptions as if loaded on `today`; returns the final card states."""
        cat = self.cat
        events = [(today - dt.timedelta(days=v["days_ago"]), 1, i, "visit", (w, v, items))
                  for i, w, v, items in self.visits]
        # A redemption only uses units punched on earlier days: on the same day it goes first.
        events += [(today - dt.timedelta(days=r["days_ago"]), 0, i, "redeem", (w, r, g))
                   for i, w, r, g in self.redemptions]
        events.sort(key=lambda e: e[:3])
        state = defaultdict(lambda: {"units": [], "expired": [], "rewards": [], "redeemed": 0})
        per_card = Counter()
        log = []

        def prune(st, card, day):
            n = card.get("time_limit_months") or 0
            if not n:
                return
            start = months_before(day, n)
            keep = [u for u in st["units"] if u["date"] >= start]
            st["expired"] += [u for u in st["units"] if u["date"] < start]
            st["units"] = keep

        for day, _, _, kind, payload in events:
            if kind == "visit":
                w, v, items = payload
                if v["location"] not in cat.locations:
                    continue
                units_on = Counter()
                for g, qty, price in items:
                    cids = self.punchable_cards(g, v["location"], day)
                    if not cids:
                        rep.error(w, "item %s punches no enrolled card at %s (it would be an exception item)"
                                  % (cat.products[g]["upc"], v["location"]))
                    for cid in cids:
                        card = cat.cards[cid]
                        st = state[(v["customer"], cid)]
                        prune(st, card, day)
                        for _ in range(qty):
                            st["units"].append({"date": day, "gtin": g, "price": price,
                                                "size": cat.products[g]["size_class"]})
                        units_on[cid] += qty
                        while len(st["units"]) >= card["buy"]:
                            earning, st["units"] = st["units"][:card["buy"]], st["units"][card["buy"]:]
                            st["rewards"].append({"earning": earning, "left": card["get"], "earned": day})
                multi = [cid for cid, n in units_on.items() if n > 1]
                if multi and not v.get("reason"):
                    rep.error(w, "adds several units to %s in one visit: a reason is required" % ", ".join(multi))
                if v.get("reason") and not multi:
                    rep.warn(w, "reason given but no card gets more than one unit")
            else:
                w, r, g = payload
                cid = r["card"]
                card, prg = cat.cards[cid], cat.card_program[cid]
                if (r["location"], prg["id"]) not in self.enrollment:
                    rep.error(w, "%s is not enrolled in %s" % (r["location"], prg["id"]))
                if not (card["_from"] <= day <= card["_to"]):
                    rep.error(w, "card is not available on %s" % day)
                if g not in card["_gtins"]:
                    rep.error(w, "free item %s is not on the card" % r["upc"])
                st = state[(r["customer"], cid)]
                prune(st, card, day)
                reward = next((x for x in st["rewards"] if x["left"] > 0), None)
                if reward is None:
                    rep.error(w, "card is not complete on %s (%d of %d units)" % (day, len(st["units"]), card["buy"]))
                    continue
                why = self.rule_refusal(card, reward["earning"], g)
                if why:
                    rep.error(w, "free item %s not allowed by rule %s: %s" % (r["upc"], card["rule"], why))
                if card.get("max_per_customer") and st["redeemed"] >= card["max_per_customer"]:
                    rep.error(w, "over max_per_customer")
                if card.get("max_per_program") and per_card[cid] >= card["max_per_program"]:
                    rep.error(w, "over max_per_program")
                reward["left"] -= 1
                st["redeemed"] += 1
                per_card[cid] += 1
                enr = self.enrollment.get((r["location"], prg["id"]), {})
                log.append((r, prg, enr, day))

        for (cust, cid), st in state.items():
            prune(st, cat.cards[cid], today)
        return state, log

    def rule_refusal(self, card, earning, g):
        cat = self.cat
        p = cat.products[g]
        rule = card["rule"]
        if rule == "any":
            return None
        if rule == "least_value":
            low = min(u["price"] for u in earning)
            return None if p["price_cents"] <= low else "price %d > lowest earning price %d" % (p["price_cents"], low)
        if rule == "same_size":
            sizes = {u["size"] for u in earning}
            return None if p["size_class"] in sizes else "size %s not in %s" % (p["size_class"], sorted(sizes))
        if rule == "purchased_prior":
            return None if g in {u["gtin"] for u in earning} else "not purchased among the earning punches"
        if rule == "most_frequent":
            counts = Counter(u["gtin"] for u in earning)
            top = max(counts.values())
            return None if counts.get(g) == top else "not the most frequently purchased item"
        return "unknown rule"

    def story(self, state, log, rep):
        cat = self.cat
        complete = sorted({cust for (cust, cid), st in state.items() if any(x["left"] for x in st["rewards"])})
        if len(complete) < 2:
            rep.error("demo store", "at least 2 customers need a complete card with an unredeemed reward")
        if not any(st["expired"] for st in state.values()):
            rep.error("demo store", "no customer has expired punches")
        if not any(0 < len(st["units"]) < cat.cards[cid]["buy"] for (c, cid), st in state.items()):
            rep.error("demo store", "no partly punched card")
        fulfil = Counter(prg["fulfillment"] for r, prg, enr, day in log)
        if not fulfil["retailer"]:
            rep.error("demo store", "no redemption on a retailer-fulfilled card (Free Goods Credit Batch)")
        if not fulfil["distributor"]:
            rep.error("demo store", "no redemption on a distributor-fulfilled card")
        shared_punched = {g for _, _, _, items in self.visits for g, _, _ in items} & set(getattr(cat, "shared", []))
        if not shared_punched:
            rep.warn("demo store", "no visit scans a product that is on two programs")
        return complete


# ------------------------------------------------------------------ main

def load(path, rep):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        rep.error(path, "cannot read: %s" % e)
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--catalog", default=DEFAULT_CATALOG)
    ap.add_argument("--store", default=DEFAULT_STORE)
    ap.add_argument("--today", help="load day YYYY-MM-DD (default: today)")
    ap.add_argument("--sweep-days", type=int, default=366,
                    help="also replay for this many following load days (0 = only --today)")
    args = ap.parse_args()
    today = parse_date(args.today) if args.today else dt.date.today()
    if today is None:
        ap.error("--today must be YYYY-MM-DD")

    rep = Report()
    cdoc, sdoc = load(args.catalog, rep), load(args.store, rep)
    if cdoc is None or sdoc is None:
        return finish(rep)
    cat = Catalog(cdoc, rep, today)
    cat.check()
    if rep.errors:  # the rest relies on a well-formed catalog
        return finish(rep)
    cat.check_demo_coverage()
    store = Store(sdoc, cat, rep)
    store.check_static()
    if rep.errors:
        return finish(rep)
    state, log = store.replay(today, rep)
    complete = store.story(state, log, rep)

    sweep_failures = 0
    for k in range(1, max(0, args.sweep_days)):
        day = today + dt.timedelta(days=k)
        r2 = Report()
        s2, l2 = store.replay(day, r2)
        store.story(s2, l2, r2)
        outcome = sorted((c, cid, len(st["units"]), len(st["expired"]), sum(x["left"] for x in st["rewards"]))
                         for (c, cid), st in s2.items())
        base = sorted((c, cid, len(st["units"]), len(st["expired"]), sum(x["left"] for x in st["rewards"]))
                      for (c, cid), st in state.items())
        if r2.errors or outcome != base:
            sweep_failures += 1
            if sweep_failures == 1:
                rep.error("load-day sweep", "loading on %s changes the outcome: %s"
                          % (day, r2.errors[:3] or "different card states"))
    print_summary(cat, store, state, log, complete, today, args.sweep_days)
    return finish(rep)


def print_summary(cat, store, state, log, complete, today, sweep):
    kinds = Counter(cat.code_kind.values())
    print("Astro Counter demo data — load day %s" % today)
    print("  catalog: %d locations, %d manufacturers, %d products (%s), %d programs / %d cards, %d offers, "
          "%d distributors" % (len(cat.locations), len(cat.manufacturers), len(cat.products),
                               ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items())),
                               len(cat.programs), len(cat.cards), len(cat.offers), len(cat.distributors)))
    print("  programs and cards:")
    for prg in cat.programs.values():
        print("    %-20s %-14s %-11s %s" % (prg["id"], prg["kind"], prg["fulfillment"], "/".join(prg["regions"])))
        for c in prg["cards"]:
            extra = []
            if c.get("time_limit_months"):
                extra.append("%d mo" % c["time_limit_months"])
            if c["_to"] < today:
                extra.append("ended %s" % c["_to"])
            print("      %-20s buy %2d get %d  %-15s %3d UPCs  %s" % (
                c["id"], c["buy"], c["get"], c["rule"], len(c["_gtins"]), ", ".join(extra)))
    print("  eligible distributors (distributor-fulfilled):")
    for (loc, subj), el in sorted(cat.eligibility.items()):
        chosen = store.enrollment.get((loc, subj), {}).get("distributor")
        print("    %-12s %-22s %-45s -> %s" % (loc, subj, ", ".join(el), chosen))
    print("  store: %d users, %d enrollments, %d customers, %d visits, %d redemptions"
          % (len(store.users), len(store.enrollment), len(store.customers), len(store.visits), len(log)))
    print("  cards now (customer, card, active units/buy):")
    for (cust, cid), st in sorted(state.items(), key=lambda kv: (int(kv[0][0][1:]) if kv[0][0][1:].isdigit()
                                                                 else 0, kv[0][1])):
        waiting = sum(x["left"] for x in st["rewards"])
        buy = cat.cards[cid]["buy"]
        now = "complete %d/%d, %d free unit(s) waiting" % (buy, buy, waiting) if waiting else \
            "%d/%d" % (len(st["units"]), buy)
        if waiting and st["units"]:
            now += ", next card %d/%d" % (len(st["units"]), buy)
        if st["redeemed"]:
            now += ", %d redeemed" % st["redeemed"]
        if st["expired"]:
            now += ", %d expired unit(s)" % len(st["expired"])
        print("    %-4s %-20s %s" % (cust, cid, now))
    print("  redemptions:")
    for r, prg, enr, day in log:
        dest = {"retailer": "Retailer Free Goods Credit Batch", "direct": "manufacturer (direct)"}.get(
            prg["fulfillment"], enr.get("distributor"))
        print("    %s %-4s %-20s %s -> %s" % (day, r["customer"], r["card"], r["upc"], dest))
    print("  customers with an unredeemed reward: %s; Temporary Holding: %s"
          % (", ".join(complete), ", ".join(store.held)))
    if sweep > 1:
        print("  replayed for every load day from %s to %s" % (today, today + dt.timedelta(days=sweep - 1)))


def finish(rep):
    for w in rep.warnings:
        print("warning: " + w)
    for e in rep.errors:
        print("ERROR: " + e)
    print("FAILED (%d errors)" % len(rep.errors) if rep.errors else "OK")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
