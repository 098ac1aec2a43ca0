#!/usr/bin/env python3
"""Recomputes every relation of domain.md §8 (1–9, 12) over the transcribed printed tables of this folder.
Exact decimals; `python3 recompute.py -q` prints only what does not hold, `-s` what was checked and held, per table."""
# ---- engine (the same in every samples/published/*/recompute.py) ----------------------------------
import csv, os, re, sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'src', 'Yusuan.Core', 'Data', 'catalogs'))
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
# ---- end of engine ----------------------------------------------------------------------------------

# ===================== 深圳 2023 (reference/004), printed in whole 万元 =====================
U = D('1')
load({'01': '01-收支总表.csv', '02': '02-收入总表.csv', '03': '03-支出总表.csv', '04': '04-基本支出总表.csv',
      '05': '05-项目支出总表.csv', '06': '06-政府预算拨款收支总表.csv', '07': '07-一般公共预算支出表（按功能分类）.csv',
      '08': '08-一般公共预算支出表（按经济分类）.csv', '09': '09-一般公共预算_三公_经费支出表.csv',
      '10': '10-政府性基金预算支出表.csv', '11': '11-国有资本经营预算支出表.csv'})
FUNC = {3: '支出总计', 4: '基本支出', 5: '项目支出'}
COLS = {
    '01': {1: '收入 2023 年预算数', 3: '支出 2023 年预算数'},
    '06': {1: '收入 2023 年预算数', 3: '支出 2023 年预算数'},
    '02': {1: '收入总计', 2: '一般公共预算拨款/小计', 3: '基本支出拨款', 4: '履职类项目拨款', 5: '财政专项资金拨款', 6: '政府投资项目拨款',
           7: '政府性基金预算拨款', 8: '国有资本经营预算拨款', 9: '财政专户管理资金', 10: '事业收入', 11: '事业单位经营收入',
           12: '上级补助收入', 13: '附属单位上缴收入', 14: '其他收入', 15: '上年结余、结转'},
    '03': {3: '支出总计', 4: '基本支出', 5: '项目支出', 6: '2023 年政府采购项目/小计', 7: '其中：面向中小企业政府采购项目',
           8: '其中：面向小型、微型企业政府采购项目'},
    '04': {1: '总计', 2: '政府预算拨款/小计', 3: '一般公共预算拨款', 4: '政府性基金预算拨款', 5: '国有资本经营预算拨款',
           6: '财政专户管理资金', 7: '事业收入', 8: '事业单位经营收入', 9: '上级补助收入', 10: '附属单位上缴收入', 11: '其他收入',
           12: '上年结余、结转'},
    '05': {1: '总计', 2: '一般公共预算拨款/小计', 3: '履职类项目拨款', 4: '财政专项资金拨款', 5: '政府投资项目拨款',
           6: '政府性基金预算拨款', 7: '国有资本经营预算拨款', 8: '财政专户管理资金', 9: '事业收入', 10: '事业单位经营收入',
           11: '上级补助收入', 12: '附属单位上缴收入', 13: '其他收入', 14: '上年结余、结转'},
    '07': FUNC, '08': FUNC, '10': FUNC, '11': FUNC,
    '09': {2: '总计', 3: '因公出国（境）费', 4: '公务接待费', 5: '公务用车购置及运行维护费/小计', 6: '公务用车购置费', 7: '公务用车运行维护费'},
}
def C(k, c): return COLS[k][c]
def lab(k, line, col):
    if k in ('01', '06'):
        return rowlabel(k, line, [0] if col.startswith('收入') else [2])
    return rowlabel(k, line, {'03': [0, 1, 2], '07': [0, 1, 2], '08': [0, 1, 2], '10': [0, 1, 2], '11': [0, 1, 2],
                              '09': [0, 1]}.get(k, [0]))

# The functional rows of 表1 / 表6 (no codes printed) in their order, lines 5..31 of the 支出 side:
FROWS = ['205', '20508', '2050803', '208', '20801', '2080109', '20805', '2080502', '2080505', '2080506', '2080599', '20826',
         '2082602', '20830', '2083001', '20899', '2089999', '210', '21011', '2101102', '212', '21208', '2120805', '221', '22102',
         '2210201', '2210203']
def lines_by_code(k, first):
    return {cell(k, l, 1): l for l in range(first, len(T[k][1]) + 1) if cell(k, l, 1)}
L03, L07, L08, L10 = lines_by_code('03', 6), lines_by_code('07', 6), lines_by_code('08', 6), lines_by_code('10', 6)
L01 = {code: 5 + i for i, code in enumerate(FROWS)}      # same lines in 表1 and 表6
def children(code, codes):
    return [c for c in codes if c.startswith(code) and len(c) == len(code) + 2 and len(code) >= 3]

# ---- functional hierarchy: every 类 = Σ 款, every 款 = Σ 项, in every functional table ----------------------
def tree(k, lines, cols, top_line=None, name=''):
    codes = list(lines)
    for code in codes:
        kids = children(code, codes)
        if kids:
            for c in cols:
                check('§8.1', (k, lines[code], c), [(k, lines[x], c) for x in kids], C(k, c), U,
                      ('类' if len(code) == 3 else '款') + ' = Σ ' + ('款' if len(code) == 3 else '项'))
    if top_line:
        for c in cols:
            check('§8.1', (k, top_line, c), [(k, lines[x], c) for x in codes if len(x) == 3], C(k, c), U, name)
tree('01', L01, [3], 32, '本年支出合计 = Σ 类')
tree('06', L01, [3], 32, '本年支出合计 = Σ 类')
tree('03', L03, [3, 4, 5, 6, 7, 8], 5, 'unit = Σ 类')
tree('07', L07, [3, 4, 5], 5, 'unit = Σ 类')
tree('10', L10, [3, 4, 5], 5, 'unit = Σ 类')

# ---- 表1 收支总表 --------------------------------------------------------------------------------
check('§8.2', ('01', 5, 1), [('01', l, 1) for l in (6, 7, 8)], C('01', 1), U, '政府预算拨款 = Σ 1–3')
check('§8.2', ('01', 10, 1), [('01', l, 1) for l in range(11, 16)], C('01', 1), U, '单位资金 = Σ 1–5')
check('§8.2', ('01', 32, 1), [('01', l, 1) for l in (5, 9, 10)], C('01', 1), U, '本年收入合计 = 一 + 二 + 三')
equal('§8.2', ('01', 32, 1), ('01', 32, 3), C('01', 1), U, '本年收入合计 = 本年支出合计')
check('§8.2', ('01', 34, 1), [('01', 32, 1), ('01', 33, 1)], C('01', 1), U, '收入总计 = 本年 + 上年结余、结转')
check('§8.2', ('01', 34, 3), [('01', 32, 3), ('01', 33, 3)], C('01', 3), U, '支出总计 = 本年 + 结转下年')
equal('§8.2', ('01', 34, 1), ('01', 34, 3), C('01', 1), U, '收入总计 = 支出总计')
for code in FROWS:
    equal('§8.2', ('01', L01[code], 3), ('03', L03[code], 3), C('01', 3), U, f'{code} = 表3 支出总计')

# ---- 表2 收入总表 --------------------------------------------------------------------------------
for l in (7, 8):
    check('§8.1', ('02', l, 1), [('02', l, c) for c in (2, 7, 8, 9, 10, 11, 12, 13, 14, 15)], C('02', 1), U, '收入总计 = Σ sources')
    check('§8.1', ('02', l, 2), [('02', l, c) for c in (3, 4, 5, 6)], C('02', 2), U, '一般公共预算拨款 小计 = Σ parts')
for c in range(1, 16):
    check('§8.1', ('02', 7, c), [('02', 8, c)], C('02', c), U, 'department = Σ units')
equal('§8.2', ('02', 8, 1), ('01', 32, 1), C('02', 1), U, '= 表1 本年收入合计')
equal('§8.2', ('02', 8, 2), ('01', 6, 1), C('02', 2), U, '= 表1 一般公共预算拨款')
equal('§8.2', ('02', 8, 7), ('01', 7, 1), C('02', 7), U, '= 表1 政府性基金预算拨款')
equal('§8.2', ('02', 8, 8), ('01', 8, 1), C('02', 8), U, '= 表1 国有资本经营预算拨款')

# ---- 表3 支出总表 --------------------------------------------------------------------------------
for l in range(5, 33):
    check('§8.3', ('03', l, 3), [('03', l, 4), ('03', l, 5)], C('03', 3), U, '支出总计 = 基本 + 项目')

# ---- 表4 基本支出总表 ------------------------------------------------------------------------------
for l in range(5, 36):
    check('§8.1', ('04', l, 1), [('04', l, c) for c in (2, 6, 7, 8, 9, 10, 11, 12)], C('04', 1), U, '总计 = Σ sources')
    check('§8.1', ('04', l, 2), [('04', l, c) for c in (3, 4, 5)], C('04', 2), U, '政府预算拨款 小计 = Σ fund types')
for c in range(1, 13):
    check('§8.1', ('04', 6, c), [('04', l, c) for l in (7, 16, 32)], C('04', c), U, 'unit = Σ 类')
    check('§8.1', ('04', 5, c), [('04', 6, c)], C('04', c), U, 'department = Σ units')
for c in (1, 2, 3):
    check('§8.1', ('04', 7, c), [('04', l, c) for l in range(8, 16)], C('04', c), U, '工资福利支出 = Σ 款')
    check('§8.1', ('04', 16, c), [('04', l, c) for l in range(17, 32)], C('04', c), U, '商品和服务支出 = Σ 款')
    check('§8.1', ('04', 32, c), [('04', l, c) for l in range(33, 36)], C('04', c), U, '对个人和家庭的补助 = Σ 款')
equal('§8.6', ('04', 6, 1), ('07', 5, 4), C('04', 1), U, '= 表7 基本支出')
equal('§8.6', ('04', 6, 1), ('03', 5, 4), C('04', 1), U, '= 表3 基本支出')
equal('§8.6', ('04', 6, 1), ('02', 8, 3), C('04', 1), U, '= 表2 基本支出拨款')
# 表4 rows = 表8 basic column, same economic class
M48 = {7: '301', 8: '30101', 9: '30102', 10: '30103', 11: '30108', 12: '30109', 13: '30110', 14: '30112', 15: '30113',
       16: '302', 17: '30201', 18: '30202', 19: '30207', 20: '30209', 21: '30211', 22: '30213', 23: '30215', 24: '30216',
       25: '30217', 26: '30227', 27: '30228', 28: '30229', 29: '30231', 30: '30239', 31: '30299', 32: '303', 33: '30301',
       34: '30302', 35: '30305'}
for l4, code in M48.items():
    equal('§8.6', ('04', l4, 1), ('08', L08[code], 4), C('04', 1), U, f'= 表8 {code} 基本支出')

# ---- 表5 项目支出总表 ------------------------------------------------------------------------------
for l in range(6, 13):
    check('§8.1', ('05', l, 1), [('05', l, c) for c in (2,) + tuple(range(6, 15))], C('05', 1), U, '总计 = Σ sources')
    check('§8.1', ('05', l, 2), [('05', l, c) for c in (3, 4, 5)], C('05', 2), U, '一般公共预算拨款 小计 = Σ kinds')
for c in range(1, 15):
    check('§8.7', ('05', 7, c), [('05', l, c) for l in range(8, 13)], C('05', c), U, 'unit = Σ projects')
    check('§8.1', ('05', 6, c), [('05', 7, c)], C('05', c), U, 'department = Σ units')
equal('§8.7', ('05', 7, 1), ('03', 5, 5), C('05', 1), U, '= 表3 项目支出')
equal('§8.7', ('05', 7, 2), ('07', 5, 5), C('05', 2), U, '= 表7 项目支出 (一般公共预算)')
equal('§8.7', ('05', 7, 6), ('10', 5, 5), C('05', 6), U, '= 表10 项目支出 (政府性基金)')
for c5, c2 in ((3, 4), (4, 5), (5, 6)):
    equal('§8.7', ('05', 7, c5), ('02', 8, c2), C('05', c5), U, '= 表2 same kind of 拨款')

# ---- 表6 政府预算拨款收支总表 ---------------------------------------------------------------------------
check('§8.4', ('06', 5, 1), [('06', l, 1) for l in (6, 7, 8)], C('06', 1), U, '政府预算拨款 = Σ fund types')
check('§8.4', ('06', 32, 1), [('06', 5, 1)], C('06', 1), U, '本年收入合计 = 政府预算拨款')
equal('§8.4', ('06', 32, 1), ('06', 32, 3), C('06', 1), U, '本年收入合计 = 本年支出合计')
check('§8.4', ('06', 34, 1), [('06', 32, 1), ('06', 33, 1)], C('06', 1), U, '收入总计 = 本年 + 上年结余、结转')
check('§8.4', ('06', 34, 3), [('06', 32, 3), ('06', 33, 3)], C('06', 3), U, '支出总计 = 本年 + 结转下年')
equal('§8.4', ('06', 34, 1), ('06', 34, 3), C('06', 1), U, '收入总计 = 支出总计')
for code in FROWS:
    parts = [(t, L[code], 3) for t, L in (('07', L07), ('10', L10)) if code in L]
    check('§8.4', ('06', L01[code], 3), parts, C('06', 3), U, f'{code} = 表7 一般公共 + 表10 政府性基金 (+ 表11 国有资本 0)',
          tolerance_parts=1)
    # Not 表6 = 表1: 表1 holds all money (单位资金 too), 表6 only 政府预算拨款; they agree here only because 单位资金 is 0.
equal('§8.4', ('06', 6, 1), ('07', 5, 3), C('06', 1), U, '一般公共预算拨款 = 表7 支出总计')
equal('§8.4', ('06', 7, 1), ('10', 5, 3), C('06', 1), U, '政府性基金预算拨款 = 表10 支出总计')
equal('§8.4', ('06', 8, 1), ('11', 5, 3), C('06', 1), U, '国有资本经营预算拨款 = 表11 支出总计')

# ---- 表7 一般公共预算支出表（按功能分类） ----------------------------------------------------------------
for l in range(4, 30):
    check('§8.3', ('07', l, 3), [('07', l, 4), ('07', l, 5)], C('07', 3), U, '支出总计 = 基本 + 项目')
for c in (3, 4, 5):
    check('§8.1', ('07', 4, c), [('07', 5, c)], C('07', c), U, 'department = Σ units')
for code, l in L07.items():
    for c in (3, 4, 5):
        equal('§8.5', ('07', l, c), ('03', L03[code], c), C('07', c), U, f'{code} = 表3 (no 一般公共预算 column in 表6)')
equal('§8.5', ('07', 5, 3), ('01', 6, 1), C('07', 3), U, '= 表1 一般公共预算拨款 (income)')

# ---- 表8 一般公共预算支出表（按经济分类） ----------------------------------------------------------------
for l in range(4, 42):
    check('§8.3', ('08', l, 3), [('08', l, 4), ('08', l, 5)], C('08', 3), U, '支出总计 = 基本 + 项目')
codes8 = list(L08)
for c in (3, 4, 5):
    check('§8.1', ('08', 5, c), [('08', L08[x], c) for x in codes8 if len(x) == 3], C('08', c), U, 'unit = Σ 类')
    check('§8.1', ('08', 4, c), [('08', 5, c)], C('08', c), U, 'department = Σ units')
    for code in codes8:
        if len(code) == 3:
            check('§8.1', ('08', L08[code], c), [('08', L08[x], c) for x in codes8 if len(x) == 5 and x.startswith(code)],
                  C('08', c), U, '类 = Σ 款')
    equal('§8.8', ('08', 5, c), ('07', 5, c), C('08', c), U, 'economic view = functional view (表7)')

# ---- 表9 “三公” ---------------------------------------------------------------------------------
for l in (5, 6, 7):
    check('§8.9', ('09', l, 2), [('09', l, c) for c in (3, 4, 5)], C('09', 2), U, '总计 = 出国 + 接待 + 公务用车')
    check('§8.9', ('09', l, 5), [('09', l, 6), ('09', l, 7)], C('09', 5), U, '公务用车 = 购置 + 运行维护')
for c in range(2, 8):
    a, b, ch = val('09', 5, c), val('09', 6, c), val('09', 7, c)
    RESULTS.append(('holds' if ch == b - a else 'MISMATCH', '§8.9', '09', 7, C('09', c), ch, b - a, ch - (b - a), 0,
                    '增减变化金额 = 2023 年 − 2022 年', None))
equal('§8.9', ('09', 6, 4), ('08', L08['30217'], 3), C('09', 4), U, '2023 公务接待费 = 表8 30217')
equal('§8.9', ('09', 6, 7), ('08', L08['30231'], 3), C('09', 7), U, '2023 公务用车运行维护费 = 表8 30231')
check('§8.9', ('09', 6, 3), [], C('09', 3), U, '2023 因公出国 = 表8 30212 (no row)')
check('§8.9', ('09', 6, 6), [], C('09', 6), U, '2023 公务用车购置费 = 表8 31013 (no row)')

# ---- 表10, 表11 -----------------------------------------------------------------------------------
for k, last in (('10', 8), ('11', 5)):
    for l in range(4, last + 1):
        check('§8.3', (k, l, 3), [(k, l, 4), (k, l, 5)], C(k, 3), U, '支出总计 = 基本 + 项目')
    for c in (3, 4, 5):
        check('§8.1', (k, 4, c), [(k, 5, c)], C(k, c), U, 'department = Σ units')
for code, l in L10.items():
    for c in (3, 4, 5):
        equal('§8.4', ('10', l, c), ('03', L03[code], c), C('10', c), U, f'{code} = 表3')
equal('§8.4', ('10', 5, 3), ('01', 7, 1), C('10', 3), U, '= 表1 政府性基金预算拨款 (income)')
equal('§8.4', ('11', 5, 3), ('01', 8, 1), C('11', 3), U, '= 表1 国有资本经营预算拨款 (income)')

# ---- §8.12 catalog (2023) -----------------------------------------------------------------------
Y = 2023
for k in ('01', '06'):
    for code in FROWS:
        name = cell(k, L01[code], 2)
        catalog_check('functional', Y, k, L01[code], code, name.split('、', 1)[-1])
for k, L in (('03', L03), ('07', L07), ('10', L10)):
    for code, l in L.items():
        catalog_check('functional', Y, k, l, code, cell(k, l, 2))
for code, l in L08.items():
    catalog_check('economic-department', Y, '08', l, code, cell('08', l, 2))
for l, code in M48.items():
    catalog_check('economic-department', Y, '04', l, code, cell('04', l, 0))

info('layout', '03', 5, 'no department row 深圳市人力资源和社会保障局 above the unit row (表2/4/5/7/8/10/11 have one)')

report(lambda k, line, col: lab(k, line, col))
