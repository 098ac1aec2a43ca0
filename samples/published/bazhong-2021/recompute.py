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

# ===================== 巴中 2021 (reference/000), printed in 万元 with two decimals =====================
U = D('0.01')
load({'01': '01-部门预算收支总表.csv', '02': '02-部门预算支出总表.csv', '03': '03-财政拨款收支预算总表.csv',
      '04': '04-财政拨款支出预算表(政府经济分类科目).csv', '05': '05-一般公共预算基本支出预算表.csv',
      '06': '06-一般公共预算项目支出预算表.csv', '07': '07-一般公共预算_三公经费_支出预算表.csv',
      '08': '08-政府性基金支出预算表.csv', '09': '09-国有资本经营预算支出预算表.csv',
      '10': '10-政府向社会力量购买服务预算表.csv'})
COLS = {
    '01': {1: '收入 2021年预算数', 3: '支出 2021年预算数'},
    '02': {3: '合计', 4: '基本支出', 5: '项目支出', 6: '上缴上级支出', 7: '对附属单位补助支出'},
    '03': {1: '收入 2021年预算数', 3: '合计', 4: '一般公共预算', 5: '政府性基金预算', 6: '国有资本经营预算', 7: '上年财政拨款资金结转'},
    '04': {3: '总计', 4: '本级当年财政拨款安排/合计', 5: '一般公共预算拨款/小计', 6: '基本支出', 7: '项目支出'},
    '05': {2: '合计', 3: '人员经费/工资福利支出', 4: '人员经费/对个人和家庭的补助', 5: '公用经费'},
    '06': {4: '金额'},
    '07': {2: '合计', 3: '因公出国(境)费用', 4: '公务用车购置及运行费/小计', 5: '公务用车运行费', 6: '公务用车购置费', 7: '公务接待费'},
    '10': {4: '购买数量', 6: '购买单价', 7: '资金来源/合计', 8: '一般公共预算经费拨款(补助)', 9: '一般公共预算非税收入安排',
           10: '政府性基金收入安排', 11: '纳入专户管理的资金安排', 12: '上级补助收入安排', 13: '其他收入安排'},
}
NAMECOLS = {'02': [0, 1, 2], '04': [0, 1, 2], '05': [0, 1], '06': [0, 1, 2, 3], '07': [0, 1], '10': [0, 1, 2, 3]}
def C(k, c): return COLS[k][c]
def lab(k, line, col):
    if k in ('01', '03'):
        return rowlabel(k, line, [0] if col.startswith('收入') else [2])
    return rowlabel(k, line, NAMECOLS.get(k, [0]))

# ---- 部门预算收支总表 ---------------------------------------------------------------------------
check('§8.2', ('01', 35, 1), [('01', l, 1) for l in range(6, 13)], C('01', 1), U, '本年收入合计 = Σ 收入 rows')
check('§8.1', ('01', 35, 3), [('01', l, 3) for l in range(5, 35)], C('01', 3), U, '本年支出合计 = Σ 类 rows')
equal('§8.2', ('01', 35, 1), ('01', 35, 3), C('01', 1), U, '本年收入合计 = 本年支出合计')
check('§8.2', ('01', 38, 1), [('01', 35, 1), ('01', 36, 1), ('01', 37, 1)], C('01', 1), U, '收入总计 = 本年 + 用事业基金弥补 + 上年结转')
check('§8.2', ('01', 38, 3), [('01', 35, 3), ('01', 37, 3)], C('01', 3), U, '支出总计 = 本年 + 结转下年')
equal('§8.2', ('01', 38, 1), ('01', 38, 3), C('01', 1), U, '收入总计 = 支出总计')
for l1, l2 in ((12, 7), (14, 13), (24, 18)):
    equal('§8.2', ('01', l1, 3), ('02', l2, 3), C('01', 3), U, '类 = 支出总表')
equal('§8.2', ('01', 6, 1), ('03', 6, 1), C('01', 1), U, '一般公共预算拨款收入 = 财政拨款收支预算总表')

# ---- 部门预算支出总表 ---------------------------------------------------------------------------
for l in range(5, 21):
    check('§8.3', ('02', l, 3), [('02', l, c) for c in (4, 5, 6, 7)], C('02', 3), U, '合计 = 基本 + 项目 + 上缴上级 + 对附属单位补助')
TREE02 = {5: [6], 6: [7, 13, 18], 7: [8, 10], 8: [9], 10: [11, 12], 13: [14], 14: [15, 16, 17], 18: [19], 19: [20]}
for c in (3, 4, 5, 6, 7):
    for parent, kids in TREE02.items():
        check('§8.1', ('02', parent, c), [('02', l, c) for l in kids], C('02', c), U,
              {5: '合计 = Σ units', 6: 'unit = Σ 类'}.get(parent, '类/款 = Σ children'))

# ---- 财政拨款收支预算总表 ------------------------------------------------------------------------
check('§8.4', ('03', 5, 1), [('03', l, 1) for l in (6, 7, 8)], C('03', 1), U, '本年收入 = Σ fund types')
check('§8.4', ('03', 9, 1), [('03', l, 1) for l in (10, 11, 12, 13)], C('03', 1), U, '上年结转 = Σ rows')
for c in (3, 4, 5, 6, 7):
    check('§8.1', ('03', 5, c), [('03', l, c) for l in range(6, 36)], C('03', c), U, '本年支出 = Σ 类 rows')
    check('§8.4', ('03', 37, c), [('03', 5, c), ('03', 36, c)], C('03', c), U, '支出合计 = 本年支出 + 结转下年')
for l in [5] + list(range(6, 38)):
    check('§8.4', ('03', l, 3), [('03', l, c) for c in (4, 5, 6, 7)], C('03', 3), U, '合计 = Σ fund columns')
check('§8.4', ('03', 37, 1), [('03', 5, 1), ('03', 9, 1)], C('03', 1), U, '收入合计 = 本年收入 + 上年结转')
equal('§8.4', ('03', 5, 1), ('03', 5, 3), C('03', 1), U, '本年收入 = 本年支出')
equal('§8.4', ('03', 37, 1), ('03', 37, 3), C('03', 1), U, '收入合计 = 支出合计')
for l3, l1, l2 in ((13, 12, 7), (15, 14, 13), (25, 24, 18)):
    equal('§8.4', ('03', l3, 3), ('01', l1, 3), C('03', 3), U, '类 = 部门预算收支总表')
    equal('§8.4', ('03', l3, 3), ('02', l2, 3), C('03', 3), U, '类 = 部门预算支出总表')

# ---- 财政拨款支出预算表(政府经济分类科目) ------------------------------------------------------------
for l in range(6, 25):
    check('§8.1', ('04', l, 3), [('04', l, 4)], C('04', 3), U, '总计 = 本级当年 合计')
    check('§8.1', ('04', l, 4), [('04', l, 5)], C('04', 4), U, '合计 = 一般公共预算拨款 小计')
    check('§8.1', ('04', l, 5), [('04', l, 6), ('04', l, 7)], C('04', 5), U, '小计 = 基本 + 项目')
TREE04 = {6: [7], 7: [8, 12, 20, 23], 8: [9, 10, 11], 12: [13, 14, 15, 16, 17, 18, 19], 20: [21, 22], 23: [24]}
for c in (3, 4, 5, 6, 7):
    for parent, kids in TREE04.items():
        check('§8.1', ('04', parent, c), [('04', l, c) for l in kids], C('04', c), U,
              {6: '合计 = Σ units', 7: 'unit = Σ 类'}.get(parent, '类 = Σ 款'))
for c4, c2 in ((3, 3), (6, 4), (7, 5)):
    equal('§8.8', ('04', 6, c4), ('02', 5, c2), C('04', c4), U, 'economic view = functional view (支出总表 合计 row)')
equal('§8.6', ('04', 6, 6), ('05', 6, 2), C('04', 6), U, '基本支出 = 一般公共预算基本支出预算表 合计')
# the same basic money in the department and the government economic class (domain §3.4 map)
check('§8.8', ('05', 8, 2), [('04', 8, 6), ('04', 21, 6)], C('05', 2), U, '工资福利支出 = 501 + 50501 (basic)')
check('§8.8', ('05', 18, 2), [('04', 12, 6), ('04', 22, 6)], C('05', 2), U, '商品和服务支出 = 502 + 50502 (basic)')
check('§8.8', ('05', 30, 2), [('04', 23, 6)], C('05', 2), U, '对个人和家庭的补助 = 509 (basic)')
check('§8.8', ('04', 16, 6), [('05', 20, 2), ('05', 25, 2)], C('04', 6), U, '50205 委托业务费 = 咨询费 + 劳务费')
check('§8.8', ('04', 15, 6), [('05', 24, 2)], C('04', 6), U, '50203 培训费 = 培训费')
check('§8.8', ('04', 18, 6), [('05', 23, 2)], C('04', 6), U, '50209 维修(护)费 = 维修(护)费')
check('§8.8', ('04', 19, 6), [('05', 29, 2)], C('04', 6), U, '50299 = 其他商品和服务支出')
check('§8.8', ('05', 18, 2), [('04', 13, 6), ('04', 22, 6), ('04', 15, 6), ('04', 16, 6), ('04', 18, 6), ('04', 19, 6)],
      C('05', 2), U, '商品和服务支出 = 50201 + 50502 + 50203 + 50205 + 50209 + 50299 (basic)')

# ---- 一般公共预算基本支出预算表 ---------------------------------------------------------------------
for l in range(6, 32):
    check('§8.6', ('05', l, 2), [('05', l, c) for c in (3, 4, 5)], C('05', 2), U, '合计 = 人员经费 (工资福利 + 对个人和家庭) + 公用经费')
for c in (2, 3, 4, 5):
    check('§8.1', ('05', 7, c), [('05', l, c) for l in (8, 18, 30)], C('05', c), U, 'unit = Σ 类')
    check('§8.1', ('05', 6, c), [('05', 7, c)], C('05', c), U, '合计 = Σ units')
for c in (2, 3, 4, 5):
    check('§8.1', ('05', 8, c), [('05', l, c) for l in range(9, 18)], C('05', c), U, '工资福利支出 = Σ 款')
    check('§8.1', ('05', 18, c), [('05', l, c) for l in range(19, 30)], C('05', c), U, '商品和服务支出 = Σ 款')
    check('§8.1', ('05', 30, c), [('05', 31, c)], C('05', c), U, '对个人和家庭的补助 = Σ 款')
equal('§8.6', ('05', 6, 2), ('02', 5, 4), C('05', 2), U, '= 支出总表 基本支出')

# ---- 一般公共预算项目支出预算表 ---------------------------------------------------------------------
check('§8.7', ('06', 7, 4), [('06', l, 4) for l in range(8, 22)], C('06', 4), U, '20801 = Σ projects (2080109)')
for parent, kid in ((6, 7), (5, 6), (4, 5)):
    check('§8.7', ('06', parent, 4), [('06', kid, 4)], C('06', 4), U, 'total = Σ children')
equal('§8.7', ('06', 4, 4), ('02', 5, 5), C('06', 4), U, '= 支出总表 项目支出')
equal('§8.7', ('06', 7, 4), ('02', 9, 5), C('06', 4), U, '= 支出总表 2080109 项目支出')
equal('§8.7', ('06', 4, 4), ('04', 6, 7), C('06', 4), U, '= 政府经济分类表 项目支出')

# ---- 一般公共预算“三公经费”支出预算表 -----------------------------------------------------------------
for l in (6, 7):
    check('§8.9', ('07', l, 2), [('07', l, c) for c in (3, 4, 7)], C('07', 2), U, '合计 = 出国 + 公务用车 + 接待')
    check('§8.9', ('07', l, 4), [('07', l, 5), ('07', l, 6)], C('07', 4), U, '公务用车 = 运行 + 购置')
for c in range(2, 8):
    check('§8.1', ('07', 6, c), [('07', 7, c)], C('07', c), U, '合计 = Σ units')
equal('§8.9', ('07', 6, 7), ('04', 17, 3), C('07', 7), U, '公务接待费 = 50206 公务接待费')
check('§8.9', ('07', 6, 3), [], C('07', 3), U, '因公出国 = 50207 (no row)')
check('§8.9', ('07', 6, 4), [], C('07', 4), U, '公务用车 = 50208 (no row)')

# ---- 表7 政府向社会力量购买服务预算表 (not a §8 relation: the 购买服务 checks) --------------------
for l in (5, 6, 7):
    check('§8.1', ('10', l, 7), [('10', l, c) for c in range(8, 14)], C('10', 7), U, '合计 = Σ funding sources')
for c in (7, 8):
    check('§8.1', ('10', 5, c), [('10', 6, c)], C('10', c), U, '合计 = Σ departments')
    check('§8.1', ('10', 6, c), [('10', 7, c)], C('10', c), U, 'department = Σ units')
def qty_price(k, line):
    q, p, a = val(k, line, 4), val(k, line, 6), val(k, line, 7)
    exp = q * p
    RESULTS.append(('holds' if exp == a else 'MISMATCH', 'qty×price', k, line, C(k, 7), a, exp, a - exp, 0,
                    '资金来源 合计 = 购买数量 × 购买单价', None))
qty_price('10', 7)
if val('10', 7, 7) > val('06', 8, 4):
    RESULTS.append(('MISMATCH', 'project', '10', 7, C('10', 7), val('10', 7, 7), val('06', 8, 4), val('10', 7, 7) - val('06', 8, 4), 0,
                    'purchase exceeds its project 社会保险基金审计购买服务费 (项目支出表 line 8)', None))

# ---- §8.12 catalog (2021) -----------------------------------------------------------------------
Y = 2021
LEI = ['201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215', '216', '217',
       '219', '220', '221', '222', '223', '224', '227', '229', '231', '232', '233', '230', '234']   # 收支总表 order
for i, l in enumerate(range(5, 35)):
    catalog_check('functional', Y, '01', l, LEI[i], cell('01', l, 2).split('、', 1)[1])
LEI03 = ['201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215', '216', '217',
         '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234']
for i, l in enumerate(range(6, 36)):
    catalog_check('functional', Y, '03', l, LEI03[i], cell('03', l, 2))
for l in range(7, 21):
    catalog_check('functional', Y, '02', l, cell('02', l, 0), cell('02', l, 2))
for l in range(6, 9):
    catalog_check('functional', Y, '06', l, cell('06', l, 0), cell('06', l, 2))
for l in range(8, 22):
    catalog_check('functional', Y, '06', l, cell('06', l, 0), cell('06', l, 2))
for l in range(8, 25):
    catalog_check('economic-government', Y, '04', l, cell('04', l, 0), cell('04', l, 2), region='bazhong')
# the basic table prints names only; the 款 code each name stands for:
E05 = {8: '301', 9: '30101', 10: '30102', 11: '30103', 12: '30107', 13: '30108', 14: '30110', 15: '30111', 16: '30112',
       17: '30113', 18: '302', 19: '30201', 20: '30203', 21: '30207', 22: '30211', 23: '30213', 24: '30216', 25: '30226',
       26: '30228', 27: '30229', 28: '30239', 29: '30299', 30: '303', 31: '30307'}
for l, code in E05.items():
    catalog_check('economic-department', Y, '05', l, code, cell('05', l, 1), region='bazhong')
# numbering of the 收支总表 (printed 一、二、…): on each side, each number once
for side in (0, 2):
    seen = {}
    for l in range(5, 39):
        t = cell('01', l, side)
        if '、' not in t:
            continue
        n = t.split('、')[0]
        if n in seen:
            info('layout', '01', l, f'number {n}、 printed twice on the {"支出" if side else "收入"} side (also line {seen[n]})', t)
        seen[n] = l

info('layout', '01', 33, '230 转移性支出 printed after the 债务 类 231–233 (not in code order; 财政拨款收支预算总表 has code order)')
for k in ('08', '09'):
    info('layout', k, 3, 'empty table printed with its header only, no note such as 本表无数据')
info('label', '10', 6, 'department name truncated: 巴中市人力资源和社会保障 (701 巴中市人力资源和社会保障局)')
info('label', '01', 2, 'subject 单位名称：社保局机关 on every table; the unit rows say 市社保局机关', '单位名称：社保局机关')

report(lambda k, line, col: lab(k, line, col))
