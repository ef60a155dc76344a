"""GS1 codes: check digits, UPC-E expansion and the GTIN-14 of any code the catalog may hold."""

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
