#!/usr/bin/env python3
"""The engine shared by samples/published/*/recompute.py: loading the transcribed CSVs, the catalogs, and the
relations of domain.md §8 over printed figures, with exact decimals. Each folder's recompute.py sets HERE and
declares its tables and relations."""
import csv, os, re, sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))  # set by the folder's recompute.py
CATALOGS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'Yusuan.Core', 'Data', 'catalogs'))
T = {}          # key -> (file name, rows)
RESULTS = []    # (status, relation, key, line, column, printed, expected, diff, n, note)


def load(keys):
    """keys: {key: file name}. Rows are kept as read; line numbers are 1-based CSV lines."""
    for k, f in keys.items():
        with open(os.path.join(HERE, f), encoding='utf-8-sig', newline='') as fh:
            T[k] = (f, list(csv.reader(fh)))


def cell(k, line, c):
    rows = T[k][1]
    r = rows[line - 1]
    return r[c] if c < len(r) else ''


def val(k, line, c):
    s = cell(k, line, c).strip()
    if s == '':
        return None
    return D(s.replace(',', ''))


def fmt(v):
    return '(blank)' if v is None else str(v)


def check(relation, target, parts, colname, unit, note='', label=None, tolerance_parts=None):
    """target = (key, line, col); parts = [(key, line, col), ...]. Blank counts as 0 in sums.
    尾数差 when |diff| <= n * unit/2, n = number of non-blank parts (at least 2)."""
    k, line, c = target
    printed = val(k, line, c)
    values = [val(*p) for p in parts]
    expected = sum((v for v in values if v is not None), D(0))
    n = tolerance_parts if tolerance_parts is not None else sum(1 for v in values if v is not None)
    diff = (printed or D(0)) - expected
    if diff == 0:
        status = 'holds'
    elif n >= 2 and abs(diff) <= n * unit / 2:
        status = '尾数差'
    else:
        status = 'MISMATCH'
    RESULTS.append((status, relation, k, line, colname, printed, expected, diff, n, note, label))
    return status


def equal(relation, a, b, colname, unit, note=''):
    return check(relation, a, [b], colname, unit, note)


def info(relation, k, line, note, label=None, status='info'):
    """A place that is not a figure relation: layout, labels, codes (status 'info', or 'MISMATCH' when it contradicts another table)."""
    RESULTS.append((status, relation, k, line, '', None, None, None, 0, note, label))


def rowlabel(k, line, cols):
    r = T[k][1][line - 1]
    return ' '.join(r[c].strip() for c in cols if c < len(r) and r[c].strip()) or '(no label)'


# ---- catalog (§8.12) ----------------------------------------------------------------------------
def _norm(s):
    s = s.replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
    return re.sub(r'\s+', '', s)


def _read(name):
    with open(os.path.join(CATALOGS, name), encoding='utf-8') as fh:
        return list(csv.DictReader(fh))


CAT = {}
def catalog(kind):
    if kind not in CAT:
        CAT[kind] = _read({'functional': 'functional.csv', 'economic-department': 'economic-department.csv',
                           'economic-government': 'economic-government.csv'}[kind])
        CAT[kind + ':variants'] = [r for r in _read('name-variants.csv') if r['catalog'] == kind]
    return CAT[kind], CAT[kind + ':variants']


def catalog_check(kind, year, k, line, code, name, region='', relation='§8.12'):
    rows, variants = catalog(kind)
    inyear = lambda r: int(r['from']) <= year and (r['to'] == '' or year <= int(r['to']))
    same = [r for r in rows if r['code'] == code]
    now = [r for r in same if inyear(r)]
    if not now:
        status, note = 'MISMATCH', f'code {code} is not in the {year} catalog'
    elif _norm(name) in {_norm(r['name']) for r in now}:
        status, note = 'holds', ''
    elif any(_norm(v['name']) == _norm(name) and v['code'] == code and v['region'] in ('', region) for v in variants):
        status, note = 'holds', 'accepted regional variant (name-variants.csv)'
    else:
        old = [r for r in same if _norm(r['name']) == _norm(name)]
        if old:
            note = f'outdated name, valid {old[0]["from"]}–{old[0]["to"]}; {year}: {now[0]["name"]}'
        else:
            note = f'not the {year} name: {now[0]["name"]}'
        status = 'MISMATCH'
    RESULTS.append((status, relation, k, line, 'name', name, now[0]['name'] if now else '', None, 0, note, code + ' ' + name))
    return status


def report(labels):
    """labels: {key: function(line, colname) -> row label}"""
    counts = {}
    for status, rel, k, line, col, printed, expected, diff, n, note, label in RESULTS:
        counts[status] = counts.get(status, 0) + 1
    if '-s' in sys.argv:   # per table: what was checked and held
        by = {}
        for status, rel, k, line, col, printed, expected, diff, n, note, label in RESULTS:
            by.setdefault(T[k][0], {}).setdefault((rel, note.split(' — ')[0] if status == 'holds' else '~'), [0, 0])
            by[T[k][0]][(rel, note.split(' — ')[0] if status == 'holds' else '~')][0 if status == 'holds' else 1] += 1
        for f in sorted(by):
            print(f)
            for (rel, note), (h, other) in sorted(by[f].items()):
                if note != '~':
                    print(f'   {rel:6} holds ×{h:<3} {note}')
        return
    only_problems = '-q' in sys.argv
    for status, rel, k, line, col, printed, expected, diff, n, note, label in RESULTS:
        if only_problems and status == 'holds':
            continue
        lab = label or labels(k, line, col)
        if diff is None:
            print(f'{status:8} {rel:6} {T[k][0]}:{line} [{lab}] {note}')
        else:
            print(f'{status:8} {rel:6} {T[k][0]}:{line} [{lab}] {col}: printed {fmt(printed)}, expected {expected}'
                  f' (diff {diff:+}, n={n}){" — " + note if note else ""}')
    print('summary:', ', '.join(f'{k} {v}' for k, v in sorted(counts.items())))
