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
import datetime as dt
import json
import os
import sys
from collections import Counter

from demo_checks.catalog import Catalog
from demo_checks.common import Report, parse_date
from demo_checks.store import Store

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CATALOG = os.path.join(ROOT, "resources", "demo", "catalog.json")
DEFAULT_STORE = os.path.join(ROOT, "resources", "demo", "store.json")


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
