"""The store file: its static references, then its replay in date order from a load day."""

import datetime as dt
import re
from collections import Counter, defaultdict

from .common import (MAX_DAYS_AGO, ROLES, TEMP_HOLDING, check_fields, eligible, months_before,
                     parse_date, published_at, where_id)

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
