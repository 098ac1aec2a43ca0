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

# ===================== 广元 2025 (reference/002), printed in 万元 with two decimals =====================
U = D('0.01')
load({'01': '01-部门收支总表.csv', '02': '02-部门收入总表.csv', '03': '03-部门支出总表.csv',
      '04': '04-财政拨款收支预算总表.csv', '05': '05-财政拨款支出预算表（部门经济分类科目）.csv',
      '05b': '05-财政拨款支出预算表（部门经济分类科目）-上年结转安排.csv', '06': '06-一般公共预算支出预算表.csv',
      '07': '07-一般公共预算基本支出预算表.csv', '08': '08-一般公共预算项目支出预算表.csv',
      '09': '09-一般公共预算_三公_经费支出预算表.csv', '10': '10-政府性基金预算支出预算表.csv',
      '11': '11-政府性基金预算_三公_经费支出预算表.csv', '12': '12-国有资本经营预算支出预算表.csv'})

COLS = {  # column index -> header as printed (for the report)
    '01': {1: '收入 预算数', 3: '支出 预算数'},
    '02': {2: '合计', 3: '上年结转', 4: '一般公共预算拨款收入', 5: '政府性基金预算拨款收入', 6: '国有资本经营预算拨款收入',
           7: '事业收入', 8: '事业单位经营收入', 9: '其他收入', 10: '上级补助收入', 11: '附属单位上缴收入', 12: '用事业基金弥补收支差额'},
    '03': {5: '合计', 6: '基本支出', 7: '项目支出', 8: '上缴上级支出', 9: '对附属单位补助支出'},
    '04': {1: '收入 预算数', 3: '合计', 4: '一般公共预算', 5: '政府性基金预算', 6: '国有资本经营预算'},
    '05': {4: '总计', 5: '市级当年财政拨款安排/合计', 6: '市级当年/一般公共预算拨款/小计', 7: '市级当年/一般公共预算拨款/基本支出',
           8: '市级当年/一般公共预算拨款/项目支出', 9: '市级当年/政府性基金安排/小计', 12: '市级当年/国有资本经营预算安排/小计',
           15: '中央提前通知专项转移支付等/合计'},
    '06': {5: '合计', 6: '当年财政拨款安排', 7: '上年结转安排'},
    '07': {4: '合计', 5: '人员经费', 6: '公用经费'},
    '08': {5: '金额'},
    '09': {2: '合计', 3: '因公出国（境）费用', 4: '公务用车购置及运行费/小计', 5: '公务用车购置费', 6: '公务用车运行费', 7: '公务接待费'},
}
NAMECOLS = {'02': [0, 1], '03': [0, 1, 2, 3, 4], '05': [0, 1, 2, 3], '06': [0, 1, 2, 3, 4], '07': [0, 1, 2, 3],
            '08': [0, 1, 2, 3, 4], '09': [0, 1]}

def C(k, c): return COLS[k][c]
def lab(k, line, col):
    if k in ('01', '04'):
        return rowlabel(k, line, [0] if col.startswith('收入') else [2])
    return rowlabel(k, line, NAMECOLS.get(k, [0]))

# ---- 附表1 部门收支总表 -----------------------------------------------------------------------
check('§8.2', ('01', 33, 1), [('01', l, 1) for l in range(5, 11)], C('01', 1), U, '本年收入合计 = Σ 收入 rows')
check('§8.1', ('01', 33, 3), [('01', l, 3) for l in range(5, 33)], C('01', 3), U, '本年支出合计 = Σ 类 rows')
equal('§8.2', ('01', 33, 1), ('01', 33, 3), C('01', 1), U, '本年收入合计 = 本年支出合计')
check('§8.2', ('01', 35, 1), [('01', 33, 1), ('01', 34, 1)], C('01', 1), U, '收入总计 = 本年收入合计 + 上年结转')
equal('§8.2', ('01', 35, 3), ('01', 33, 3), C('01', 3), U, '支出总计 = 本年支出合计 (no 结转下年 row)')
equal('§8.2', ('01', 35, 1), ('01', 35, 3), C('01', 1), U, '收入总计 = 支出总计')
# 类 of 附表1 = 附表3 (附表3 prints 项 rows only: the 类 is the sum of its 项)
check('§8.2', ('01', 12, 3), [('03', l, 5) for l in (8, 9, 10, 11)], C('01', 3), U, '208 = Σ 附表3 208 项 (合计)')
check('§8.2', ('01', 14, 3), [('03', 12, 5)], C('01', 3), U, '210 = 附表3 2101101')
check('§8.2', ('01', 24, 3), [('03', 13, 5)], C('01', 3), U, '221 = 附表3 2210201')
equal('§8.2', ('01', 5, 1), ('04', 6, 1), C('01', 1), U, '一般公共预算拨款收入 = 附表4')
equal('§8.2', ('01', 33, 3), ('03', 5, 5), C('01', 3), U, '本年支出合计 = 附表3 合 计')

# ---- 附表2 部门收入总表 -----------------------------------------------------------------------
for l in (5, 6, 7):
    check('§8.1', ('02', l, 2), [('02', l, c) for c in range(3, 13)], C('02', 2), U, '合计 = Σ income columns')
for c in range(2, 13):
    check('§8.1', ('02', 5, c), [('02', 7, c)], C('02', c), U, '合 计 = Σ units')
    check('§8.1', ('02', 6, c), [('02', 7, c)], C('02', c), U, 'department row = Σ units')
equal('§8.2', ('02', 5, 2), ('01', 35, 1), C('02', 2), U, '= 附表1 收入总计')

# ---- 附表3 部门支出总表 -----------------------------------------------------------------------
for l in range(5, 14):
    check('§8.3', ('03', l, 5), [('03', l, c) for c in (6, 7, 8, 9)], C('03', 5), U, '合计 = 基本 + 项目 + 上缴上级 + 对附属单位补助')
for c in (5, 6, 7, 8, 9):
    check('§8.1', ('03', 7, c), [('03', l, c) for l in range(8, 14)], C('03', c), U, 'unit = Σ its 项 rows')
    check('§8.1', ('03', 6, c), [('03', 7, c)], C('03', c), U, 'department row = Σ units')
    check('§8.1', ('03', 5, c), [('03', 7, c)], C('03', c), U, '合 计 = Σ units')

# ---- 附表4 财政拨款收支预算总表 ------------------------------------------------------------------
check('§8.4', ('04', 5, 1), [('04', l, 1) for l in (6, 7, 8)], C('04', 1), U, '本年收入 = Σ fund types')
check('§8.4', ('04', 9, 1), [('04', l, 1) for l in (10, 11, 12)], C('04', 1), U, '上年结转 = Σ fund types')
for c in (3, 4, 5, 6):
    check('§8.1', ('04', 5, c), [('04', l, c) for l in range(6, 33)], C('04', c), U, '本年支出 = Σ 类 rows')
for l in [5] + list(range(6, 33)):
    check('§8.4', ('04', l, 3), [('04', l, c) for c in (4, 5, 6)], C('04', 3), U, '合计 = 一般公共 + 政府性基金 + 国有资本经营')
check('§8.4', ('04', 5, 1), [('04', 5, 3)], C('04', 1), U, '本年收入 = 本年支出')
# 财政拨款 spending = 附表6 + 附表10 + 附表12 (§8.4; 附表10 and 附表12 have no data). Not 附表3: it holds all money,
# 财政拨款 or not, and equals 附表4 here only because this unit has no other money.
check('§8.4', ('04', 5, 3), [('06', 5, 5)], C('04', 3), U, '本年支出 = 附表6 合 计 (+ 附表10, 12: no data)')
for l4, l1 in ((13, 12), (15, 14), (25, 24)):
    equal('§8.4', ('04', l4, 3), ('01', l1, 3), C('04', 3), U, '类 = 附表1')
check('§8.4', ('04', 13, 3), [('06', l, 5) for l in (8, 9, 10, 11)], C('04', 3), U, '208 = Σ 附表6 208 项 (+ 附表10, 12)')
check('§8.4', ('04', 15, 3), [('06', 12, 5)], C('04', 3), U, '210 = 附表6 (+ 附表10, 12)')
check('§8.4', ('04', 25, 3), [('06', 13, 5)], C('04', 3), U, '221 = 附表6 (+ 附表10, 12)')

# ---- 附表5 财政拨款支出预算表（部门经济分类科目） --------------------------------------------------
for l in range(6, 25):
    check('§8.1', ('05', l, 4), [('05', l, 5), ('05', l, 15)], C('05', 4), U, '总计 = 市级当年 合计 + 中央提前通知 合计')
    check('§8.1', ('05', l, 5), [('05', l, c) for c in (6, 9, 12)], C('05', 5), U, '合计 = Σ 小计')
    check('§8.1', ('05', l, 6), [('05', l, 7), ('05', l, 8)], C('05', 6), U, '小计 = 基本 + 项目')
for c in (4, 5, 6, 7, 8):
    check('§8.1', ('05', 7, c), [('05', 8, c)], C('05', c), U, 'department row = Σ units')
    check('§8.1', ('05', 6, c), [('05', 8, c)], C('05', c), U, '合 计 = Σ units')
for c in (4, 5, 6, 7):   # 总计, 合计, 小计, 基本支出 carry the same figures on these rows
    check('§8.1', ('05', 10, c), [('05', 11, c), ('05', 12, c)], C('05', c), U, '30101 = Σ its sub-items (names lost in the text)')
    check('§8.1', ('05', 13, c), [('05', l, c) for l in (14, 15, 16)], C('05', c), U, '30102 = Σ its sub-items (names lost in the text)')
    check('§8.1', ('05', 17, c), [('05', l, c) for l in (18, 19, 20)], C('05', c), U, '30299 = Σ its sub-items')
    check('§8.1', ('05', 21, c), [('05', 22, c)], C('05', c), U, '303 = Σ 款')
    check('§8.1', ('05', 22, c), [('05', 23, c), ('05', 24, c)], C('05', c), U, '30305 = Σ its sub-items')
# two views of the same money (§8.8): totals = 附表3
for c5, c3 in ((4, 5), (7, 6), (8, 7)):
    equal('§8.8', ('05', 6, c5), ('03', 5, c3), C('05', c5), U, '= 附表3 合 计 (functional view)')
# rows = 附表7 (basic money, same economic class)
for l5, l7 in ((9, 7), (10, 8), (11, 9), (12, 10), (13, 11), (14, 12), (15, 13), (16, 14), (17, 37), (18, 38), (19, 39),
               (20, 40), (21, 41), (22, 42), (23, 43), (24, 44)):
    equal('§8.6', ('05', l5, 7), ('07', l7, 4), C('05', 7), U, '基本支出 = 附表7 合计, same row')

# ---- 附表6 一般公共预算支出预算表 -----------------------------------------------------------------
for l in range(5, 14):
    check('§8.1', ('06', l, 5), [('06', l, 6), ('06', l, 7)], C('06', 5), U, '合计 = 当年 + 上年结转')
for c in (5, 6, 7):
    check('§8.1', ('06', 7, c), [('06', l, c) for l in range(8, 14)], C('06', c), U, 'unit block = Σ its 项 rows')
    check('§8.1', ('06', 6, c), [('06', 7, c)], C('06', c), U, 'department row = Σ units')
    check('§8.1', ('06', 5, c), [('06', 7, c)], C('06', c), U, '合 计 = Σ units')
check('§8.5', ('04', 13, 4), [('06', l, 5) for l in (8, 9, 10, 11)], C('04', 4), U, '附表4 208 一般公共预算 = Σ 附表6 208 项')
check('§8.5', ('04', 15, 4), [('06', 12, 5)], C('04', 4), U, '附表4 210 = 附表6')
check('§8.5', ('04', 25, 4), [('06', 13, 5)], C('04', 4), U, '附表4 221 = 附表6')
for l in range(8, 14):
    equal('§8.5', ('06', l, 5), ('03', l, 5), C('06', 5), U, '项 = 附表3 (all money is 一般公共预算)')
equal('§8.5', ('06', 5, 5), ('04', 5, 4), C('06', 5), U, '= 附表4 本年支出 一般公共预算')

# ---- 附表7 一般公共预算基本支出预算表 --------------------------------------------------------------
for l in range(5, 45):
    check('§8.6', ('07', l, 4), [('07', l, 5), ('07', l, 6)], C('07', 4), U, '合计 = 人员经费 + 公用经费')
for c in (4, 5, 6):
    check('§8.1', ('07', 6, c), [('07', l, c) for l in (7, 25, 41)], C('07', c), U, 'unit = Σ 类')
    check('§8.1', ('07', 5, c), [('07', 6, c)], C('07', c), U, 'top row = Σ units')
for c in (4, 5, 6):
    check('§8.1', ('07', 7, c), [('07', l, c) for l in (8, 11, 15, 20, 21, 22, 24)], C('07', c), U, '301 = Σ 款')
    check('§8.1', ('07', 7, c), [('07', l, c) for l in (9, 10, 12, 13, 14, 16, 17, 18, 19, 20, 21, 23, 24)], C('07', c), U,
          '301 = Σ finest printed items')
    check('§8.1', ('07', 8, c), [('07', 9, c), ('07', 10, c)], C('07', c), U, '30101 = Σ sub-items')
    check('§8.1', ('07', 11, c), [('07', l, c) for l in (12, 13, 14)], C('07', c), U, '30102 = Σ sub-items')
    check('§8.1', ('07', 15, c), [('07', l, c) for l in (16, 17, 18, 19)], C('07', c), U, '30103 = Σ sub-items')
    check('§8.1', ('07', 22, c), [('07', 23, c)], C('07', c), U, '30112 = Σ sub-items')
    check('§8.1', ('07', 25, c), [('07', l, c) for l in (26, 27, 28, 29, 30, 31, 32, 33, 34, 36, 37)], C('07', c), U, '302 = Σ 款')
    check('§8.1', ('07', 34, c), [('07', 35, c)], C('07', c), U, '30229 = Σ sub-items')
    check('§8.1', ('07', 37, c), [('07', l, c) for l in (38, 39, 40)], C('07', c), U, '30299 = Σ sub-items')
    check('§8.1', ('07', 41, c), [('07', 42, c)], C('07', c), U, '303 = Σ 款')
    check('§8.1', ('07', 42, c), [('07', 43, c), ('07', 44, c)], C('07', c), U, '30305 = Σ sub-items')
# 人员经费 = 301 + 303 and 公用经费 = 302 are the unit row's Σ 类 (checked above, column by column); the top row equals
# the unit row. So 人员经费 923.76 against 923.77 is one 尾数差, at the unit row (line 6), not a second one at line 5.
equal('§8.6', ('07', 5, 4), ('03', 5, 6), C('07', 4), U, '= 附表3 基本支出')
equal('§8.6', ('07', 5, 4), ('05', 6, 7), C('07', 4), U, '= 附表5 基本支出')

# ---- 附表8 一般公共预算项目支出预算表 --------------------------------------------------------------
check('§8.7', ('08', 8, 5), [('08', l, 5) for l in range(9, 16)], C('08', 5), U, '社会保险经办机构 = Σ projects')
for l in (5, 6, 7):
    check('§8.7', ('08', l, 5), [('08', 8, 5)], C('08', 5), U, 'total = Σ 项')
equal('§8.7', ('08', 5, 5), ('03', 5, 7), C('08', 5), U, '= 附表3 项目支出')
equal('§8.7', ('08', 5, 5), ('05', 6, 8), C('08', 5), U, '= 附表5 项目支出')
equal('§8.7', ('08', 8, 5), ('03', 8, 7), C('08', 5), U, '2080109 = 附表3 2080109 项目支出')

# ---- 附表9 “三公” ----------------------------------------------------------------------------
for l in (6, 7, 8):
    check('§8.9', ('09', l, 2), [('09', l, c) for c in (3, 4, 7)], C('09', 2), U, '合计 = 出国 + 公务用车 + 接待')
    check('§8.9', ('09', l, 4), [('09', l, 5), ('09', l, 6)], C('09', 4), U, '公务用车 = 购置 + 运行')
for c in range(2, 8):
    check('§8.1', ('09', 7, c), [('09', 8, c)], C('09', c), U, 'department row = Σ units')
    check('§8.1', ('09', 6, c), [('09', 8, c)], C('09', c), U, '合 计 = Σ units')
equal('§8.9', ('09', 6, 7), ('07', 32, 4), C('09', 7), U, '公务接待费 = 30217 (附表7)')
# 30212 因公出国, 30231 公务用车运行维护, 31013 公务用车购置: no such rows in 附表7 (附表5 is incomplete)
check('§8.9', ('09', 6, 3), [], C('09', 3), U, '因公出国 = 30212 (no row)')
check('§8.9', ('09', 6, 5), [], C('09', 5), U, '公务用车购置 = 31013 (no row)')
check('§8.9', ('09', 6, 6), [], C('09', 6), U, '公务用车运行 = 30231 (no row)')

# ---- §8.12 catalog: codes and names of the year (2025) --------------------------------------------
Y = 2025
for l in range(5, 33):
    name = cell('01', l, 2).split('、', 1)[1]
    code = {'一般公共服务支出': '201', '外交支出': '202', '国防支出': '203', '公共安全支出': '204', '教育支出': '205',
            '科学技术支出': '206', '文化旅游体育与传媒支出': '207', '社会保障和就业支出': '208', '社会保险基金支出': '209',
            '卫生健康支出': '210', '节能环保支出': '211', '城乡社区支出': '212', '农林水支出': '213', '交通运输支出': '214',
            '资源勘探工业信息等支出': '215', '商业服务业等支出': '216', '金融支出': '217', '援助其他地区支出': '219',
            '自然资源海洋气象等支出': '220', '住房保障支出': '221', '粮油物资储备支出': '222', '国有资本经营预算支出': '223',
            '灾害防治及应急管理支出': '224', '其他支出': '229', '债务还本支出': '231', '债务付息支出': '232',
            '债务发行费用支出': '233', '抗疫特别国债安排的支出': '234'}.get(name, '???')
    catalog_check('functional', Y, '01', l, code, name)
for k in ('03', '06'):
    for l in range(8, 14):
        catalog_check('functional', Y, k, l, ''.join(cell(k, l, c) for c in (0, 1, 2)), cell(k, l, 4))
for l in range(7, 45):
    code, name = cell('07', l, 3).split(' ', 1)
    catalog_check('economic-department', Y, '07', l, code, name, region='sichuan')

# ---- units, labels and layout -----------------------------------------------------------------------
info('§8.1', '06', 7, 'unit block named 广元市人力资源和社会保障局部门, no unit code; 附表2/3/7/8/9 print 342601 广元市社会保险事务中心',
     status='MISMATCH')
for l in range(8, 14):
    info('§8.12', '06', l, 'unit code 342 (the department code); 附表3 prints 342601 on the same 项 row', status='MISMATCH')
for k, l in (('02', 6), ('03', 6), ('05', 7), ('06', 6), ('08', 6), ('09', 7)):
    info('label', k, l, 'row with figures but no code and no name (a department row whose name is not printed)')
info('label', '07', 5, 'top (合计) row printed without a label')
for k, l in (('03', 7), ('05', 8), ('08', 7)):
    info('label', k, l, 'unit row 广元市社会保险事务中心 printed without its unit code 342601')
info('label', '08', 8, '款/项 row 社会保险经办机构 printed without its code (2080109)')
info('layout', '04', 30, '类 231 债务还本支出 missing (between 其他支出 and 债务付息支出); 附表1 line 29 prints it')
info('layout', '04', 32, 'no 收入总计 / 支出总计 row after the last 类 (the text ends there)')
info('layout', '01', 28, '类 227 预备费 and 230 转移性支出 of the 2025 catalog are not listed (also not in 附表4)')
for l in range(10, 17):
    info('text', '05', l, 'name not in the extracted text (301 款 or sub-item; by figure and order, see FINDINGS.md)')
info('text', '05', 16, 'rows 30103–30113, the 302 类 row and 30201–30239 are not in the extracted text (before 30299)')

report(lambda k, line, col: lab(k, line, col))
