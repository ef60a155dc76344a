"""The catalog file: checked against docs/catalog-format.md, then against what the demo must show."""

import re
from collections import Counter, defaultdict

from .common import (CA_PROVINCES, FOOD_TYPES, FULFILLMENTS, OFFER_KINDS, PROGRAM_KINDS, RULES, SIZES,
                     SPECIES, TEMP_HOLDING, US_STATES, check_fields, eligible, expected_size, is_int,
                     parse_date, published_at, where_id)
from .gtin import gs1_check_digit, normalize_code


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
