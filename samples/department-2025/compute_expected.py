#!/usr/bin/env python3
"""Compute the expected totals of budget.json (exact, Decimal, in 元) and print them as Markdown.

Usage: python3 compute_expected.py [budget.json] > tables.md
Pure standard library; reads only the line-level data of the budget.
"""
import json, sys, os
from decimal import Decimal as D, ROUND_HALF_UP
from collections import defaultdict

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "budget.json")
B = json.load(open(path, encoding="utf-8"), parse_float=D, parse_int=D)
assert B.get("amountUnit", "元") == "元"

GP, GF, SY, QT = "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入"
FISCAL = {GP, GF, "国有资本经营预算拨款收入"}
SOURCES = [GP, GF, "国有资本经营预算拨款收入", "财政专户管理资金收入", SY, "事业单位经营收入",
           "上级补助收入", "附属单位上缴收入", QT, "用事业基金弥补收支差额"]

FUNC = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休",
    "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出", "20899": "其他社会保障和就业支出",
    "2089999": "其他社会保障和就业支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出", "2120814": "农业生产发展支出",
    "213": "农林水支出", "21301": "农业农村", "2130101": "行政运行", "2130102": "一般行政管理事务",
    "2130104": "事业运行", "2130106": "科技转化与推广服务", "2130108": "病虫害控制",
    "2130109": "农产品质量安全", "2130110": "执法监管", "2130122": "农业生产发展",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
}
ECON = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费", "30113": "住房公积金",
    "302": "商品和服务支出", "30201": "办公费", "30202": "印刷费", "30203": "咨询费", "30205": "水费",
    "30206": "电费", "30207": "邮电费", "30211": "差旅费", "30213": "维修（护）费", "30215": "会议费",
    "30216": "培训费", "30217": "公务接待费", "30218": "专用材料费", "30224": "被装购置费",
    "30226": "劳务费", "30227": "委托业务费", "30228": "工会经费", "30229": "福利费",
    "30231": "公务用车运行维护费", "30239": "其他交通费用", "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30302": "退休费", "30305": "生活补助",
    "310": "资本性支出", "31002": "办公设备购置", "31007": "信息网络及软件购置更新", "31013": "公务用车购置",
}
GOV = {
    "50101": "工资奖金津补贴", "50102": "社会保障缴费", "50103": "住房公积金", "50199": "其他工资福利支出",
    "50201": "办公经费", "50202": "会议费", "50203": "培训费", "50204": "专用材料购置费", "50205": "委托业务费",
    "50206": "公务接待费", "50207": "因公出国（境）费用", "50208": "公务用车运行维护费", "50209": "维修（护）费",
    "50299": "其他商品和服务支出", "50303": "公务用车购置", "50306": "设备购置",
    "50501": "工资福利支出", "50502": "商品和服务支出", "50901": "社会福利和救助", "50905": "离退休费",
}
# 部门经济分类 -> 政府经济分类 for 机关 (行政, 参公), domain.md §3.4
GOV_JIGUAN = {}
for k in ["30101", "30102", "30103", "30106", "30107"]: GOV_JIGUAN[k] = "50101"
for k in ["30108", "30109", "30110", "30111", "30112"]: GOV_JIGUAN[k] = "50102"
GOV_JIGUAN["30113"] = "50103"
for k in ["30114", "30199"]: GOV_JIGUAN[k] = "50199"
for k in ["30201", "30202", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30214",
          "30228", "30229", "30239", "30240"]: GOV_JIGUAN[k] = "50201"
for k in ["30203", "30226", "30227"]: GOV_JIGUAN[k] = "50205"
GOV_JIGUAN.update({"30215": "50202", "30216": "50203", "30217": "50206", "30212": "50207", "30231": "50208",
                   "30213": "50209", "30218": "50204", "30224": "50204", "30225": "50204", "30299": "50299",
                   "30301": "50905", "30302": "50905", "30303": "50905", "30304": "50901", "30305": "50901",
                   "30306": "50901", "30307": "50901", "30308": "50902", "30310": "50903",
                   "31001": "50301", "31002": "50306", "31003": "50306", "31007": "50306", "31005": "50302",
                   "31006": "50307", "31013": "50303"})

def gov_code(unit_type, econ):
    k = econ[:5]
    if unit_type == "事业":
        if k.startswith("301"): return "50501"
        if k.startswith("302"): return "50502"
        if k.startswith("303"): return GOV_JIGUAN[k]      # 对个人和家庭的补助 -> 509xx for every unit type
        raise ValueError("no 事业 mapping for " + econ)
    return GOV_JIGUAN[k]

units = [(u["code"], u["name"], u["type"]) for u in B["units"]]
UTYPE = {c: t for c, _, t in units}
UNAME = {c: n for c, n, _ in units}
DEPT = B["department"]["code"]

def nature(e):
    n = e.get("nature")
    if e.get("project"): return "项目"
    if n: return n
    return "人员经费" if e["economic"][:3] in ("301", "303") else "公用经费"

lines = []
for e in B["expenditures"]:
    lines.append(dict(unit=e["unit"], f=e["functional"], econ=e["economic"], nat=nature(e), proj=e.get("project"),
                      src=e.get("source") or GP, co=bool(e.get("carriedOver")), amt=D(e["amount"])))
for l in lines:
    l["kind"] = "基本" if l["nat"] in ("人员经费", "公用经费") else ("项目" if l["nat"] == "项目" else l["nat"])
    l["gov"] = gov_code(UTYPE[l["unit"]], l["econ"])

def fmt(x): return "" if x == 0 else f"{x:,.2f}"
def wan(x): return (x / D(10000)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
def S(pred): return sum((l["amt"] for l in lines if pred(l)), D(0))
scopes = [(DEPT, "合计（部门）", lambda l: True)] + [(c, n, (lambda c: lambda l: l["unit"] == c)(c)) for c, n, _ in units]

out = []
def p(s=""): out.append(s)

# ---------- income
p("### 1. Income (收入) by source")
p()
inc = defaultdict(D)
for i in B["income"]:
    inc[(i["unit"], i["source"], bool(i.get("carriedOver")))] += D(i["amount"])
cols = [(s, False) for s in SOURCES if any(k[1] == s and not k[2] for k in inc)] + \
       [(s, True) for s in SOURCES if any(k[1] == s and k[2] for k in inc)]
hdr = ["scope", "收入总计", "本年收入合计", "上年结转"] + [("上年结转·" if co else "") + s for s, co in cols]
p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
for code, name, _ in scopes:
    keep = (lambda k: True) if code == DEPT else (lambda k, c=code: k[0] == c)
    tot = sum((v for k, v in inc.items() if keep(k)), D(0))
    cur = sum((v for k, v in inc.items() if keep(k) and not k[2]), D(0))
    cf = sum((v for k, v in inc.items() if keep(k) and k[2]), D(0))
    row = [f"{code} {name}", fmt(tot), fmt(cur), fmt(cf)] + \
          [fmt(sum((v for k, v in inc.items() if keep(k) and k[1] == s and k[2] == co), D(0))) for s, co in cols]
    p("| " + " | ".join(row) + " |")
p()
# check income = spending per unit and source
for (u, s, co), v in inc.items():
    sp = S(lambda l: l["unit"] == u and l["src"] == s and l["co"] == co)
    assert sp == v, (u, s, co, v, sp)
for l in lines:
    assert (l["unit"], l["src"], l["co"]) in inc, l
fiscal = sum((v for k, v in inc.items() if k[1] in FISCAL), D(0))
fiscal_cur = sum((v for k, v in inc.items() if k[1] in FISCAL and not k[2]), D(0))
p(f"财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营, incl. 上年结转): **{fmt(fiscal)}** 元 "
  f"(本年 {fmt(fiscal_cur)}, 上年结转 {fmt(fiscal - fiscal_cur)}). "
  f"Income = spending for every (unit, source, carriedOver): checked.")
p()

# ---------- spending overview
p("### 2. Spending (支出总表 columns) and 人员经费 / 公用经费")
p()
hdr = ["scope", "合计", "基本支出", "项目支出", "上缴上级支出", "对附属单位补助支出", "人员经费", "公用经费", "合计 (万元)", "基本 (万元)", "项目 (万元)"]
p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
for code, name, f in scopes:
    t = S(f); bs = S(lambda l: f(l) and l["kind"] == "基本"); pj = S(lambda l: f(l) and l["kind"] == "项目")
    up = S(lambda l: f(l) and l["nat"] == "上缴上级支出"); sub = S(lambda l: f(l) and l["nat"] == "对附属单位补助支出")
    ry = S(lambda l: f(l) and l["nat"] == "人员经费"); gy = S(lambda l: f(l) and l["nat"] == "公用经费")
    assert t == bs + pj + up + sub and bs == ry + gy
    assert ry == S(lambda l: f(l) and l["kind"] == "基本" and l["econ"][:3] in ("301", "303"))
    assert gy == S(lambda l: f(l) and l["kind"] == "基本" and l["econ"][:3] in ("302", "310"))
    p("| " + " | ".join([f"{code} {name}", fmt(t), fmt(bs), fmt(pj), fmt(up), fmt(sub), fmt(ry), fmt(gy),
                         f"{wan(t):,.2f}", f"{wan(bs):,.2f}", f"{wan(pj):,.2f}"]) + " |")
p()
p("人员经费 = basic 301 + 303; 公用经费 = basic 302 + basic 310 (there is no basic 310 line in this budget).")
p()
p("Same, **一般公共预算拨款收入 only** (本年, i.e. carriedOver false) — the 一般公共预算支出表 / 基本支出表 figures:")
p()
hdr = ["scope", "合计", "基本支出", "人员经费", "公用经费", "项目支出"]
p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
for code, name, f in scopes:
    g = lambda l, f=f: f(l) and l["src"] == GP and not l["co"]
    p("| " + " | ".join([f"{code} {name}", fmt(S(g)), fmt(S(lambda l: g(l) and l["kind"] == "基本")),
                         fmt(S(lambda l: g(l) and l["nat"] == "人员经费")), fmt(S(lambda l: g(l) and l["nat"] == "公用经费")),
                         fmt(S(lambda l: g(l) and l["kind"] == "项目"))]) + " |")
p()
p("By funding source (spending side; 上年结转 shown separately):")
p()
srcs = sorted({(l["src"], l["co"]) for l in lines}, key=lambda k: (k[1], SOURCES.index(k[0])))
hdr = ["scope"] + [("上年结转·" if co else "") + s for s, co in srcs]
p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
for code, name, f in scopes:
    for kind in ("基本", "项目"):
        p("| " + " | ".join([f"{code} {name} · {kind}"] + [fmt(S(lambda l: f(l) and l["kind"] == kind and l["src"] == s and l["co"] == co)) for s, co in srcs]) + " |")
p()
opex = {c: S(lambda l, c=c: l["unit"] == c and UTYPE[c] in ("行政", "参公") and l["nat"] == "公用经费" and l["src"] == GP and not l["co"]) for c, _, _ in units}
p("机关运行经费 (公用经费 of 行政 and 参公 units from 一般公共预算 basic spending): " +
  "; ".join(f"{c} {fmt(v) or '0'}" for c, v in opex.items()) + f"; department **{fmt(sum(opex.values()))}** 元.")
p()

# ---------- functional
def func_table(title, filt, cols):
    p(title); p()
    hdr = ["科目编码", "名称"] + [c[0] for c in cols]
    p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
    codes = sorted({l["f"] for l in lines if filt(l)})
    lv = sorted({c[:3] for c in codes} | {c[:5] for c in codes} | set(codes))
    p("| " + " | ".join(["", "合计"] + [fmt(S(lambda l: filt(l) and cf(l))) for _, cf in cols]) + " |")
    for c in lv:
        p("| " + " | ".join([c, FUNC.get(c, "?")] + [fmt(S(lambda l: filt(l) and l["f"].startswith(c) and cf(l))) for _, cf in cols]) + " |")
    p()

fcols = [("合计", lambda l: True), ("基本支出", lambda l: l["kind"] == "基本"), ("项目支出", lambda l: l["kind"] == "项目"),
         ("人员经费", lambda l: l["nat"] == "人员经费"), ("公用经费", lambda l: l["nat"] == "公用经费"),
         ("一般公共预算(本年)", lambda l: l["src"] == GP and not l["co"]),
         ("一般公共预算(结转)", lambda l: l["src"] == GP and l["co"]),
         ("政府性基金", lambda l: l["src"] == GF), ("事业收入", lambda l: l["src"] == SY), ("其他收入", lambda l: l["src"] == QT)]
p("### 3. By 支出功能分类 (类 / 款 / 项)")
p()
for code, name, f in scopes:
    func_table(f"**{code} {name}**", f, fcols)

p("Functional 类 totals of the department (收支总表 right-hand side; every other 类 of the year is empty): " +
  "; ".join(f"{k} {FUNC[k]} {fmt(S(lambda l, k=k: l['f'].startswith(k)))}" for k in sorted({l['f'][:3] for l in lines})) + ".")
p()

# ---------- department economic
p("### 4. By 部门预算支出经济分类 (类 / 款)")
p()
ecols = [("合计", lambda l: True), ("基本支出", lambda l: l["kind"] == "基本"), ("人员经费", lambda l: l["nat"] == "人员经费"),
         ("公用经费", lambda l: l["nat"] == "公用经费"), ("项目支出", lambda l: l["kind"] == "项目"),
         ("一般公共预算(本年)", lambda l: l["src"] == GP and not l["co"]),
         ("一般公共预算(结转)", lambda l: l["src"] == GP and l["co"]),
         ("政府性基金", lambda l: l["src"] == GF), ("非财政拨款", lambda l: l["src"] not in FISCAL)]
for code, name, f in scopes:
    p(f"**{code} {name}**"); p()
    hdr = ["科目编码", "名称"] + [c[0] for c in ecols]
    p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
    codes = sorted({l["econ"][:5] for l in lines if f(l)})
    lv = sorted({c[:3] for c in codes} | set(codes))
    p("| " + " | ".join(["", "合计"] + [fmt(S(lambda l: f(l) and cf(l))) for _, cf in ecols]) + " |")
    for c in lv:
        p("| " + " | ".join([c, ECON[c]] + [fmt(S(lambda l: f(l) and l["econ"].startswith(c) and cf(l))) for _, cf in ecols]) + " |")
    p()

# ---------- government economic
p("### 5. By 政府预算支出经济分类 (款)")
p()
p("行政 / 参公 units: domain.md §3.4 map (301 → 50101/50102/50103, 302 → 502xx, 303 → 509xx, 310 → 503xx); "
  "事业 unit 801003: 301 → 50501, 302 → 50502, 303 → 509xx (对个人和家庭的补助 stays in 509 for every unit type).")
p()
gcols = [("合计", lambda l: True), ("基本支出", lambda l: l["kind"] == "基本"), ("项目支出", lambda l: l["kind"] == "项目"),
         ("一般公共预算(本年)", lambda l: l["src"] == GP and not l["co"]), ("一般公共预算(结转)", lambda l: l["src"] == GP and l["co"]),
         ("政府性基金", lambda l: l["src"] == GF), ("非财政拨款", lambda l: l["src"] not in FISCAL)]
for code, name, f in scopes:
    p(f"**{code} {name}**"); p()
    hdr = ["科目编码", "名称"] + [c[0] for c in gcols]
    p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
    codes = sorted({l["gov"] for l in lines if f(l)})
    lv = sorted({c[:3] for c in codes} | set(codes))
    p("| " + " | ".join(["", "合计"] + [fmt(S(lambda l: f(l) and cf(l))) for _, cf in gcols]) + " |")
    for c in lv:
        nm = GOV.get(c, {"501": "机关工资福利支出", "502": "机关商品和服务支出", "503": "机关资本性支出（一）",
                         "505": "对事业单位经常性补助", "509": "对个人和家庭的补助"}.get(c, "?"))
        p("| " + " | ".join([c, nm] + [fmt(S(lambda l: f(l) and l["gov"].startswith(c) and cf(l))) for _, cf in gcols]) + " |")
    p()

# ---------- 三公
p("### 6. 三公 (一般公共预算, 本年) with the previous year")
p()
prev = {t["unit"]: t for t in B.get("threePublicPrevious", [])}
hdr = ["scope", "合计", "因公出国（境）", "公务用车小计", "购置", "运行维护", "公务接待",
       "上年合计", "上年出国", "上年购置", "上年运行维护", "上年接待", "增减"]
p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
def tp(f):
    g = lambda l: f(l) and l["src"] == GP and not l["co"]
    a = S(lambda l: g(l) and l["econ"].startswith("30212")); vp = S(lambda l: g(l) and l["econ"].startswith("31013"))
    vo = S(lambda l: g(l) and l["econ"].startswith("30231")); r = S(lambda l: g(l) and l["econ"].startswith("30217"))
    return a, vp, vo, r
for code, name, f in scopes:
    a, vp, vo, r = tp(f)
    us = [c for c, _, _ in units] if code == DEPT else [code]
    pa = sum((D(prev[u]["abroad"]) for u in us if u in prev), D(0)); pvp = sum((D(prev[u]["vehiclePurchase"]) for u in us if u in prev), D(0))
    pvo = sum((D(prev[u]["vehicleOperation"]) for u in us if u in prev), D(0)); pr = sum((D(prev[u]["reception"]) for u in us if u in prev), D(0))
    cur = a + vp + vo + r; pt = pa + pvp + pvo + pr
    p("| " + " | ".join([f"{code} {name}", fmt(cur), fmt(a), fmt(vp + vo), fmt(vp), fmt(vo), fmt(r),
                         fmt(pt), fmt(pa), fmt(pvp), fmt(pvo), fmt(pr), f"{cur - pt:+,.2f}"]) + " |")
p()
allsrc = S(lambda l: l["econ"][:5] in ("30212", "31013", "30231", "30217"))
gp3 = sum(tp(lambda l: True))
p(f"三公 lines from all sources: {fmt(allsrc)} (= 一般公共预算 本年 {fmt(gp3)}; every 三公 line is paid from 一般公共预算). "
  "政府性基金 三公: none.")
p()

# ---------- projects
p("### 7. Projects")
p()
hdr = ["unit", "project", "kind", "功能科目", "amount", "sources"]
p("| " + " | ".join(hdr) + " |"); p("|" + "---|" * len(hdr))
for pj in B["projects"]:
    ls = [l for l in lines if l["unit"] == pj["unit"] and l["proj"] == pj["name"]]
    srcs = defaultdict(D)
    for l in ls: srcs[("上年结转·" if l["co"] else "") + l["src"]] += l["amt"]
    p("| " + " | ".join([pj["unit"], pj["name"], pj["kind"], ", ".join(sorted({l["f"] for l in ls})),
                         fmt(sum((l["amt"] for l in ls), D(0))), "; ".join(f"{k} {fmt(v)}" for k, v in srcs.items())]) + " |")
p()
for kind in sorted({pj["kind"] for pj in B["projects"]}):
    names = [(pj["unit"], pj["name"]) for pj in B["projects"] if pj["kind"] == kind]
    p(f"- {kind}: {len(names)} projects, {fmt(S(lambda l: (l['unit'], l['proj']) in names))} 元")
p()

# ---------- procurement
p("### 8. 政府采购 and 政府购买服务")
p()
cat = defaultdict(D)
for pr in B.get("procurement", []):
    for s, v in pr["amounts"].items(): cat[pr["category"]] += D(v)
    pl = S(lambda l: l["unit"] == pr["unit"] and l["proj"] == pr["project"])
    assert sum(D(v) for v in pr["amounts"].values()) <= pl
p("政府采购 by category: " + "; ".join(f"{k} {fmt(v)}" for k, v in sorted(cat.items())) + f"; total **{fmt(sum(cat.values()))}** 元.")
p()
sv = D(0)
for s in B.get("servicePurchases", []):
    amt = sum(D(v) for v in s["amounts"].values()); sv += amt
    assert D(s["quantity"]) * D(s["unitPrice"]) == amt
p(f"政府购买服务: {len(B.get('servicePurchases', []))} items, total **{fmt(sv)}** 元 (quantity × unitPrice = amount checked).")
p()

# ---------- previous year
py = B.get("previousYear", {})
if py:
    p("### 9. Year-on-year (previousYear)")
    p()
    total = sum(inc.values(), D(0))
    cur = {"totalIncome": total, "fiscalTotal": fiscal, "operatingExpenses": sum(opex.values())}
    p("| measure | 2025 | 2024 | change | % |"); p("|---|---|---|---|---|")
    for k in ("totalIncome", "fiscalTotal", "operatingExpenses"):
        if k in py:
            c, o = cur[k], D(py[k])
            p(f"| {k} | {fmt(c)} | {fmt(o)} | {c - o:+,.2f} | {((c - o) / o * 100).quantize(D('0.01'), ROUND_HALF_UP)}% |")
    p()
    p("totalIncome = 收入总计 (incl. 上年结转); fiscalTotal = 财政拨款 incl. 上年结转; operatingExpenses = 机关运行经费.")
    p()

# ---------- rounding
p("### 10. Rounding to 万元 (ROUND_HALF_UP per cell): where printed parts do not add up")
p()
diffs = []
for code, name, f in scopes:
    for parent_len, child_len, key in ((3, 5, "f"), (5, 7, "f"), (None, 3, "f")):
        codes = sorted({l[key][:child_len] for l in lines if f(l)})
        groups = defaultdict(list)
        for c in codes: groups[c[:parent_len] if parent_len else ""].append(c)
        for par, ch in groups.items():
            tot = wan(S(lambda l: f(l) and l[key].startswith(par)))
            s = sum((wan(S(lambda l: f(l) and l[key].startswith(c))) for c in ch), D(0))
            if tot != s: diffs.append(f"{code} 功能 {par or '合计'}: printed {tot:,.2f} vs Σ parts {s:,.2f}")
    for parent_len, child_len in ((3, 5), (None, 3)):
        codes = sorted({l["econ"][:child_len] for l in lines if f(l)})
        groups = defaultdict(list)
        for c in codes: groups[c[:parent_len] if parent_len else ""].append(c)
        for par, ch in groups.items():
            tot = wan(S(lambda l: f(l) and l["econ"].startswith(par)))
            s = sum((wan(S(lambda l: f(l) and l["econ"].startswith(c))) for c in ch), D(0))
            if tot != s: diffs.append(f"{code} 部门经济 {par or '合计'}: printed {tot:,.2f} vs Σ parts {s:,.2f}")
    for parent_len, child_len in ((3, 5), (None, 3)):
        codes = sorted({l["gov"][:child_len] for l in lines if f(l)})
        groups = defaultdict(list)
        for c in codes: groups[c[:parent_len] if parent_len else ""].append(c)
        for par, ch in groups.items():
            tot = wan(S(lambda l: f(l) and l["gov"].startswith(par)))
            s = sum((wan(S(lambda l: f(l) and l["gov"].startswith(c))) for c in ch), D(0))
            if tot != s: diffs.append(f"{code} 政府经济 {par or '合计'}: printed {tot:,.2f} vs Σ parts {s:,.2f}")
    tot = wan(S(f)); s = wan(S(lambda l: f(l) and l["kind"] == "基本")) + wan(S(lambda l: f(l) and l["kind"] == "项目"))
    if tot != s: diffs.append(f"{code} 合计 vs 基本+项目: printed {tot:,.2f} vs {s:,.2f}")
tot = wan(S(lambda l: True)); s = sum((wan(S(lambda l, c=c: l["unit"] == c)) for c, _, _ in units), D(0))
if tot != s: diffs.append(f"department 合计 vs Σ units: printed {tot:,.2f} vs {s:,.2f}")
for d in diffs: p("- " + d)
if not diffs: p("- none")
p()
print("\n".join(out))
