#!/usr/bin/env python3
"""Recompute every printed figure of /work/shared/reference/004_da9b153982af61e6.txt from budget.json.

Usage:  python3 verify.py           lines as entered (万元 with 2 decimals); each derived cell is rounded
                                    half-up to whole 万元, as the document prints it, and compared.
        python3 verify.py --whole   every line first rounded to whole 万元 (what a whole-万元 transcription
                                    would give), then summed: shows which printed figures such lines miss.

Part A compares derived cells with the printed cells. Part B checks relations among the PRINTED
figures alone (parts vs totals as printed), which is where the document's own mistakes show.
Exact Decimal arithmetic throughout.
"""
import json, os, sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

WHOLE = "--whole" in sys.argv
here = os.path.dirname(os.path.abspath(__file__))
b = json.loads(open(os.path.join(here, "budget.json"), encoding="utf-8").read(), parse_float=D, parse_int=D)
assert b["amountUnit"] == "万元" and b["year"] == 2023 and b["profile"] == "shenzhen-2023"
r0 = lambda x: D(x).quantize(D(1), ROUND_HALF_UP)
L = [dict(l) for l in b["expenditures"]]
for l in L:
    assert l["amount"] >= 0 and l["amount"] == l["amount"].quantize(D("0.000001")), l  # whole 分
    assert len(l["functional"]) == 7 and len(l["economic"]) == 5, l
    if WHOLE:
        l["amount"] = r0(l["amount"])
units = {u["code"] for u in b["units"]}
kinds = {p["name"]: p["kind"] for p in b["projects"]}
assert all(l["unit"] in units for l in L) and all(l.get("project") in (None, *kinds) for l in L)
GPB, GF = "一般公共预算拨款收入", "政府性基金预算拨款收入"

def s(pred=lambda l: True):
    return sum((l["amount"] for l in L if pred(l)), D(0))
nat = lambda l: "项目" if l.get("project") else (l.get("nature") or ("人员经费" if l["economic"][:3] in ("301", "303") else "公用经费"))
basic = lambda l: nat(l) != "项目"
proj = lambda l: nat(l) == "项目"
gpb = lambda l: l.get("source", GPB) == GPB
gf = lambda l: l.get("source") == GF
fn = lambda c: (lambda l: l["functional"].startswith(c))
ec = lambda c: (lambda l: l["economic"].startswith(c))
kind = lambda k: (lambda l: proj(l) and gpb(l) and kinds[l["project"]] == k)
AND = lambda *ps: (lambda l: all(p(l) for p in ps))

results = []
def check(table, label, printed, computed, rounded=True):
    """printed: the figure as printed (None = blank cell). computed: exact; compared after rounding to whole 万元."""
    c = r0(computed) if rounded else computed
    p = D(0) if printed is None else D(printed)
    results.append((table, label, "blank" if printed is None else printed, computed, c == p))

# procurement (政府采购), attributed to the functional 项 of its project's lines
proc = b["procurement"]
pamt = lambda it: sum(it["amounts"].values(), D(0))
proj_fun = defaultdict(set)
for l in L:
    if proj(l): proj_fun[l["project"]].add(l["functional"])
def proc_sum(pred_item=lambda it: True, fcode=""):
    tot = D(0)
    for it in proc:
        fs = proj_fun[it["project"]]
        assert len(fs) == 1, "procurement project spread over several 项"
        if next(iter(fs)).startswith(fcode) and pred_item(it): tot += pamt(it)
    return tot
sme = lambda it: it.get("smallBusiness") is True

total = s()
inc_gpb = sum((i["amount"] for i in b["income"] if i["source"] == GPB), D(0))
inc_gf = sum((i["amount"] for i in b["income"] if i["source"] == GF), D(0))
if WHOLE:  # whole-万元 lines: the income would be entered as their sum
    inc_gpb, inc_gf = s(gpb), s(gf)
else:
    assert inc_gpb == s(gpb) and inc_gf == s(gf), "income must equal the spending lines of its source"

# functional rows printed in 表1/表3/表6/表7 (code, total, basic, project)
FROWS = [("205", 6, 6, 0), ("20508", 6, 6, 0), ("2050803", 6, 6, 0),
         ("208", 16214, 3356, 12858), ("20801", 6957, 2760, 4197), ("2080109", 6957, 2760, 4197),
         ("20805", 1012, 596, 416), ("2080502", 173, 173, 0), ("2080505", 282, 282, 0), ("2080506", 141, 141, 0),
         ("2080599", 416, 0, 416), ("20826", 5073, 0, 5073), ("2082602", 5073, 0, 5073), ("20830", 54, 0, 54),
         ("2083001", 54, 0, 54), ("20899", 3118, 0, 3118), ("2089999", 3118, 0, 3118),
         ("210", 120, 120, 0), ("21011", 120, 120, 0), ("2101102", 120, 120, 0),
         ("212", 280485, 0, 280485), ("21208", 280485, 0, 280485), ("2120805", 280485, 0, 280485),
         ("221", 1623, 1623, 0), ("22102", 1623, 1623, 0), ("2210201", 327, 327, 0), ("2210203", 1296, 1296, 0)]

# 表1 收支总表
for t in ("表1 收支总表", "表6 政府预算拨款收支总表"):
    check(t, "政府预算拨款 (收入)", 298448, inc_gpb + inc_gf)
    check(t, "一般公共预算拨款", 17963, inc_gpb)
    check(t, "政府性基金预算拨款", 280485, inc_gf)
    check(t, "国有资本经营预算拨款", 0, D(0))
    for code, tt, _, _ in FROWS:
        printed = None if (t.startswith("表6") and code == "212") else tt
        check(t, f"支出 {code}", printed, s(fn(code)))
    check(t, "本年收入合计", 298448, inc_gpb + inc_gf)
    check(t, "本年支出合计", 298448, total)
    check(t, "上年结余、结转 / 结转下年", 0, s(lambda l: l.get("carriedOver")))
    check(t, "收入总计 / 支出总计", 298448, total)
check("表1 收支总表", "财政专户管理资金 / 单位资金 (1-5)", 0, sum((i["amount"] for i in b["income"] if i["source"] not in (GPB, GF)), D(0)))

# 表2 收入总表 (department row and unit row print the same figures)
for row in ("深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"):
    check("表2 收入总表", f"{row} 收入总计", 298448, inc_gpb + inc_gf)
    check("表2 收入总表", f"{row} 一般公共预算拨款 小计", 17963, inc_gpb)
    check("表2 收入总表", f"{row} 基本支出拨款", 5104, s(AND(basic, gpb)))
    check("表2 收入总表", f"{row} 履职类项目拨款", 4197, s(kind("履职类")))
    check("表2 收入总表", f"{row} 财政专项资金拨款", 8661, s(kind("专项资金")))
    check("表2 收入总表", f"{row} 政府投资项目拨款", 0, s(kind("政府投资")))
    check("表2 收入总表", f"{row} 政府性基金预算拨款", 280485, inc_gf)

# 表3 支出总表 (unit row + every 类/款/项 row; 政府采购 columns)
check("表3 支出总表", "单位 支出总计", 298448, total)
check("表3 支出总表", "单位 基本支出", 5104, s(basic))
check("表3 支出总表", "单位 项目支出", 293343, s(proj))
check("表3 支出总表", "单位 政府采购 小计", 2970, proc_sum())
check("表3 支出总表", "单位 面向中小企业", 2790, proc_sum(sme))
check("表3 支出总表", "单位 面向小型、微型企业", 0, D(0))
for code, tt, bb, pp in FROWS:
    check("表3 支出总表", f"{code} 支出总计", tt, s(fn(code)))
    check("表3 支出总表", f"{code} 基本支出", bb, s(AND(fn(code), basic)))
    check("表3 支出总表", f"{code} 项目支出", pp, s(AND(fn(code), proj)))
    pr = 2970 if code in ("208", "20801", "2080109") else 0
    sm = 2790 if pr else 0
    check("表3 支出总表", f"{code} 政府采购 小计", pr, proc_sum(fcode=code))
    check("表3 支出总表", f"{code} 面向中小企业", sm, proc_sum(sme, code))

# 表4 基本支出总表 (all 一般公共预算拨款; other columns 0)
B4 = [("301", 4072), ("30101", 1926), ("30102", 834), ("30103", 440), ("30108", 282), ("30109", 141), ("30110", 120),
      ("30112", 2), ("30113", 327), ("302", 396), ("30201", 50), ("30202", 4), ("30207", 18), ("30209", 65), ("30211", 6),
      ("30213", 5), ("30215", 1), ("30216", 6), ("30217", 3), ("30227", 33), ("30228", 64), ("30229", 5), ("30231", 7),
      ("30239", 74), ("30299", 56), ("303", 636), ("30301", 36), ("30302", 599), ("30305", 2)]
for row in ("深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"):
    check("表4 基本支出总表", f"{row} 总计 = 小计 = 一般公共预算拨款", 5104, s(AND(basic, gpb)))
check("表4 基本支出总表", "other sources (政府性基金 … 上年结转)", 0, s(AND(basic, lambda l: not gpb(l))))
for code, v in B4:
    check("表4 基本支出总表", code, v, s(AND(basic, ec(code))))

# 表5 项目支出总表
for row in ("深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"):
    check("表5 项目支出总表", f"{row} 总计", 293343, s(proj))
    check("表5 项目支出总表", f"{row} 一般公共预算 小计", 12858, s(AND(proj, gpb)))
    check("表5 项目支出总表", f"{row} 履职类项目拨款", 4197, s(kind("履职类")))
    check("表5 项目支出总表", f"{row} 财政专项资金拨款", 8661, s(kind("专项资金")))
    check("表5 项目支出总表", f"{row} 政府投资项目拨款", 0, s(kind("政府投资")))
    check("表5 项目支出总表", f"{row} 政府性基金预算拨款", 280485, s(AND(proj, gf)))
P5 = [("财政对养老保障的补助-国土基金收入划拨地方补充养老保险基金", 280485, "gf"), ("社会保险综合管理", 1016, "履职类"),
      ("社会保险专项经费", 8661, "专项资金"), ("社会保险业务管理", 2970, "履职类"), ("预算准备金", 211, "履职类")]
assert set(kinds) == {n for n, _, _ in P5}
for n, v, col in P5:
    isp = lambda l, n=n: l.get("project") == n
    check("表5 项目支出总表", f"{n} 总计", v, s(isp))
    check("表5 项目支出总表", f"{n} 一般公共预算 小计", 0 if col == "gf" else v, s(AND(isp, gpb)))
    check("表5 项目支出总表", f"{n} 政府性基金", v if col == "gf" else 0, s(AND(isp, gf)))

# 表7 一般公共预算支出表（按功能分类）
for row in ("深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"):
    check("表7 一般公共(功能)", f"{row} 支出总计", 17963, s(gpb))
    check("表7 一般公共(功能)", f"{row} 基本支出", 5104, s(AND(gpb, basic)))
    check("表7 一般公共(功能)", f"{row} 项目支出", 12858, s(AND(gpb, proj)))
for code, tt, bb, pp in FROWS:
    if code.startswith("212"): continue
    check("表7 一般公共(功能)", f"{code} 支出总计", tt, s(AND(gpb, fn(code))))
    check("表7 一般公共(功能)", f"{code} 基本支出", bb, s(AND(gpb, fn(code), basic)))
    check("表7 一般公共(功能)", f"{code} 项目支出", pp, s(AND(gpb, fn(code), proj)))
check("表7 一般公共(功能)", "212 absent (no 一般公共预算 money in 212)", 0, s(AND(gpb, fn("212"))))

# 表8 一般公共预算支出表（按经济分类）: (code, total, basic, project)
E8 = [("301", 4072, 4072, 0), ("30101", 1926, 1926, 0), ("30102", 834, 834, 0), ("30103", 440, 440, 0), ("30108", 282, 282, 0),
      ("30109", 141, 141, 0), ("30110", 120, 120, 0), ("30112", 2, 2, 0), ("30113", 327, 327, 0),
      ("302", 4410, 396, 4014), ("30201", 50, 50, 0), ("30202", 33, 4, 29), ("30204", 13, 0, 13), ("30207", 236, 18, 218),
      ("30209", 65, 65, 0), ("30211", 18, 6, 12), ("30213", 70, 5, 65), ("30215", 1, 1, 0), ("30216", 35, 6, 29),
      ("30217", 3, 3, 0), ("30227", 3373, 33, 3340), ("30228", 64, 64, 0), ("30229", 5, 5, 0), ("30231", 7, 7, 0),
      ("30239", 74, 74, 0), ("30299", 364, 56, 308), ("303", 4224, 636, 3588), ("30301", 2081, 36, 2045),
      ("30302", 599, 599, 0), ("30305", 418, 2, 416), ("30311", 54, 0, 54), ("30399", 1073, 0, 1073),
      ("310", 183, 0, 183), ("31002", 183, 0, 183), ("313", 5073, 0, 5073), ("31302", 5073, 0, 5073)]
for row in ("深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"):
    check("表8 一般公共(经济)", f"{row} 支出总计", 17963, s(gpb))
    check("表8 一般公共(经济)", f"{row} 基本支出", 5104, s(AND(gpb, basic)))
    check("表8 一般公共(经济)", f"{row} 项目支出", 12858, s(AND(gpb, proj)))
for code, tt, bb, pp in E8:
    check("表8 一般公共(经济)", f"{code} 支出总计", tt, s(AND(gpb, ec(code))))
    check("表8 一般公共(经济)", f"{code} 基本支出", bb, s(AND(gpb, ec(code), basic)))
    check("表8 一般公共(经济)", f"{code} 项目支出", pp, s(AND(gpb, ec(code), proj)))
printed8 = {c for c, *_ in E8}
for l in L:
    if gpb(l): assert l["economic"] in printed8, l  # no 一般公共预算 line outside the printed rows

# 表9 “三公” (2023 from lines, 2022 from threePublicPrevious)
tp = b["threePublicPrevious"][0]
y23 = {"abroad": s(AND(gpb, ec("30212"))), "reception": s(AND(gpb, ec("30217"))),
       "vehiclePurchase": s(AND(gpb, ec("31013"))), "vehicleOperation": s(AND(gpb, ec("30231")))}
tot = lambda d: d["abroad"] + d["reception"] + d["vehiclePurchase"] + d["vehicleOperation"]
for lab, y, pr in [("2022 年", tp, (30, 0, 5, 25, 18, 7)), ("2023 年", y23, (10, 0, 3, 7, 0, 7))]:
    vals = (tot(y), y["abroad"], y["reception"], y["vehiclePurchase"] + y["vehicleOperation"], y["vehiclePurchase"], y["vehicleOperation"])
    for name, p, c in zip(("总计", "因公出国(境)费", "公务接待费", "公务用车 小计", "购置费", "运行维护费"), pr, vals):
        check("表9 三公", f"{lab} {name}", p, c)
for name, p, key in [("总计", -20, None), ("因公出国(境)费", 0, "abroad"), ("公务接待费", -2, "reception"),
                     ("公务用车购置费", -18, "vehiclePurchase"), ("公务用车运行维护费", 0, "vehicleOperation")]:
    check("表9 三公", f"增减变化金额 {name}", p, (tot(y23) - tot(tp)) if key is None else (y23[key] - tp[key]))
check("表9 三公", "增减变化金额 公务用车 小计", -18, y23["vehiclePurchase"] + y23["vehicleOperation"] - tp["vehiclePurchase"] - tp["vehicleOperation"])

# 表10 政府性基金预算支出表, 表11 国有资本经营预算支出表
for row in ("深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级", "212", "21208", "2120805"):
    f = fn(row) if row[0].isdigit() else (lambda l: True)
    check("表10 政府性基金", f"{row} 支出总计", 280485, s(AND(gf, f)))
    check("表10 政府性基金", f"{row} 基本支出", 0, s(AND(gf, f, basic)))
    check("表10 政府性基金", f"{row} 项目支出", 280485, s(AND(gf, f, proj)))
check("表11 国有资本", "支出总计 / 基本 / 项目", 0, s(lambda l: l.get("source") == "国有资本经营预算拨款收入"))

# 表12 部门（单位）整体支出绩效目标表
isp = lambda n: (lambda l: l.get("project") == n)
T12 = [("社会保险业务管理", 2969, s(isp("社会保险业务管理"))), ("基本支出", 5104, s(basic)),
       ("社会保险综合管理", 1016, s(isp("社会保险综合管理"))), ("社保专项资金", 8661, s(isp("社会保险专项经费"))),
       ("政府性基金", 280485, s(gf)), ("预算准备金", 211, s(isp("预算准备金"))), ("金额合计", 298448, total)]
for n, p, c in T12:
    check("表12 整体绩效", f"{n} 总额 = 其中财政拨款", p, c)

# Narrative
prev = b["previousYear"]; pp = prev["projects"]
pct = lambda a, t: r0(D(a) / D(t) * 100)
check("第二部分", "部门预算收入 / 支出", 298448, total)
check("第二部分", "比 2022 年减少", 299860, prev["totalIncome"] - total)
check("第二部分", "下降 %", 50, pct(prev["totalIncome"] - total, prev["totalIncome"]))
check("第二部分", "专项资金项目预算减少", 245042, prev["specialFundProjects"] - s(kind("专项资金")))
check("第二部分", "政府性基金项目减少", 52425, prev["governmentFundProjects"] - s(gf))
check("第三部分", "预算", 298448, total)
check("第三部分", "人员支出 (301)", 4072, s(AND(basic, ec("301"))))
check("第三部分", "公用支出 (302)", 396, s(AND(basic, ec("302"))))
check("第三部分", "对个人和家庭的补助支出 (303)", 636, s(AND(basic, ec("303"))))
check("第三部分", "项目支出", 293343, s(proj))
for n, amt, dec, pc in [("社会保险综合管理", 1016, 349, 26), ("社会保险业务管理", 2970, 1289, 30), ("预算准备金", 211, 39, 16),
                        ("社会保险专项经费", 8661, 245064, 97),
                        ("财政对养老保障的补助-国土基金收入划拨地方补充养老保险基金", 280485, 52425, 16)]:
    c = s(isp(n))
    check("第三部分", f"{n}", amt, c)
    check("第三部分", f"{n} 较 2022 减少", dec, pp[n] - c)
    check("第三部分", f"{n} 下降 %", pc, pct(pp[n] - c, pp[n]))
zx = lambda *codes: s(lambda l: l.get("project") == "社会保险专项经费" and (l["functional"], l["economic"]) in codes)
check("第三部分", "建国初期参加革命工作退休干部专项补助 (2080599/30305)", 416, zx(("2080599", "30305")))
check("第三部分", "企业早期退休人员专项补助 (2089999/30301)", 2045, zx(("2089999", "30301")))
check("第三部分", "居民养老财政补贴 (2082602/31302 + 2083001/30311)", 5127, zx(("2082602", "31302"), ("2083001", "30311")))
check("第三部分", "计提资金待遇 (2089999/30399)", 1073, zx(("2089999", "30399")))
check("第四部分", "政府采购 共计", 2970, proc_sum())
check("第四部分", "货物采购", 100, proc_sum(lambda it: it["category"] == "货物"))
check("第四部分", "工程采购", 0, proc_sum(lambda it: it["category"] == "工程"))
check("第四部分", "服务采购", 2871, proc_sum(lambda it: it["category"] == "服务"))
check("第五部分", "三公 2023", 10, tot(y23))
check("第五部分", "比 2022 减少", 20, tot(tp) - tot(y23))
check("第五部分", "下降 %", 67, pct(tot(tp) - tot(y23), tot(tp)))
check("第五部分", "因公出国(境) 2023", 0, y23["abroad"])
check("第五部分", "公务接待费 2023 / 比 2022 减少", 3, y23["reception"])
check("第五部分", "公务接待费 比 2022 减少", 2, tp["reception"] - y23["reception"])
check("第五部分", "公务用车购置和运行维护费 2023", 7, y23["vehiclePurchase"] + y23["vehicleOperation"])
check("第五部分", "公务用车购置费 2023 / 比 2022 减少", 0, y23["vehiclePurchase"])
check("第五部分", "公务用车购置费 比 2022 减少", 18, tp["vehiclePurchase"] - y23["vehiclePurchase"])
check("第五部分", "公务用车运行维护费 2023", 7, y23["vehicleOperation"])
check("第五部分", "运行维护费 比 2022 增加", 0, y23["vehicleOperation"] - tp["vehicleOperation"])
check("第五部分", "2 辆 × 3.5 万元/年 = 运行维护费 (printed only)", 7, D(2) * D("3.5"), rounded=False)
check("第六部分", "纳入绩效管理的项目资金", 293343, s(proj))
check("第六部分", "项目绩效目标 5 个", 5, D(len(kinds)), rounded=False)
for n, v in [("社会保险业务管理", 2970), ("社会保险综合管理", 1016), ("预算准备金", 211), ("社会保险专项经费", 8661),
             ("财政对养老保障的补助-国土基金收入划拨地方补充养老保险基金", 280485)]:
    check("第七部分 重点项目", n, v, s(isp(n)))
op = s(AND(basic, gpb, ec("302")))  # 参公 unit: 机关运行经费 = 一般公共预算基本支出的公用经费
check("第八部分", "机关运行经费", 396, op)
check("第八部分", "比 2022 增加", 11, op - prev["operatingExpenses"])
check("第八部分", "增长 %", 3, pct(op - prev["operatingExpenses"], prev["operatingExpenses"]))
check("第八部分", "政府性基金预算支出", 280485, s(gf))

# ---- Part B: relations among printed figures only (no lines involved)
rel, info = [], []
def R(where, what, parts, printed, informational=False):
    (info if informational else rel).append((where, what, sum(D(p) for p in parts), D(printed)))
R("表1/表6", "一般公共 + 政府性基金 = 政府预算拨款", (17963, 280485), 298448)
R("表1/表3/表6/表7", "类 rows of the 支出 side (6+16214+120+280485+1623) = 本年支出合计", (6, 16214, 120, 280485, 1623), 298448)
R("表2", "基本 + 履职类 + 专项 + 政府投资 = 一般公共预算 小计", (5104, 4197, 8661, 0), 17963)
R("表2", "一般公共 + 政府性基金 = 收入总计", (17963, 280485), 298448)
R("表3", "基本 + 项目 = 支出总计", (5104, 293343), 298448)
R("表3", "基本 column, 类 rows (6+3356+120+0+1623) = 基本支出", (6, 3356, 120, 0, 1623), 5104)
R("表3", "项目 column, 类 rows (0+12858+0+280485+0) = 项目支出", (12858, 280485), 293343)
R("表3", "208 基本: 款 rows 2760+596", (2760, 596), 3356)
R("表3", "208 项目: 款 rows 4197+416+5073+54+3118", (4197, 416, 5073, 54, 3118), 12858)
R("表3", "208 总计: 款 rows 6957+1012+5073+54+3118", (6957, 1012, 5073, 54, 3118), 16214)
R("表3", "20805: 173+282+141+416", (173, 282, 141, 416), 1012)
R("表3", "221: 327+1296", (327, 1296), 1623)
R("表4", "工资福利 items 1926+834+440+282+141+120+2+327", (1926, 834, 440, 282, 141, 120, 2, 327), 4072)
R("表4", "商品和服务 items (15 rows)", (50, 4, 18, 65, 6, 5, 1, 6, 3, 33, 64, 5, 7, 74, 56), 396)
R("表4", "对个人和家庭 items 36+599+2", (36, 599, 2), 636)
R("表4", "工资福利 + 商品和服务 + 对个人和家庭 = 总计", (4072, 396, 636), 5104)
R("表5", "履职类 + 专项 = 一般公共预算 小计", (4197, 8661), 12858)
R("表5", "一般公共 + 政府性基金 = 总计", (12858, 280485), 293343)
R("表5", "project rows 280485+1016+8661+2970+211", (280485, 1016, 8661, 2970, 211), 293343)
R("表5", "履职类 rows 1016+2970+211", (1016, 2970, 211), 4197)
R("表7", "基本 + 项目 = 支出总计", (5104, 12858), 17963)
R("表7", "基本 column 类 rows 6+3356+120+1623", (6, 3356, 120, 1623), 5104)
R("表7", "总计 column 类 rows 6+16214+120+1623", (6, 16214, 120, 1623), 17963)
R("表8", "301 + 302 + 303 + 310 + 313 (总计)", (4072, 4410, 4224, 183, 5073), 17963)
R("表8", "301 + 302 + 303 + 310 + 313 (基本)", (4072, 396, 636, 0, 0), 5104)
R("表8", "301 + 302 + 303 + 310 + 313 (项目)", (0, 4014, 3588, 183, 5073), 12858)
R("表8", "302 总计 items", (50, 33, 13, 236, 65, 18, 70, 1, 35, 3, 3373, 64, 5, 7, 74, 364), 4410)
R("表8", "302 基本 items", (50, 4, 0, 18, 65, 6, 5, 1, 6, 3, 33, 64, 5, 7, 74, 56), 396)
R("表8", "302 项目 items", (29, 13, 218, 12, 65, 29, 3340, 308), 4014)
R("表8", "303 总计 items 2081+599+418+54+1073", (2081, 599, 418, 54, 1073), 4224)
R("表8", "303 基本 items 36+599+2", (36, 599, 2), 636)
R("表8", "303 项目 items 2045+416+54+1073", (2045, 416, 54, 1073), 3588)
for c, t, bb, p in E8:
    R("表8", f"{c}: 基本 + 项目 = 总计", (bb, p), t)
R("表9", "2022: 0+5+25", (0, 5, 25), 30)
R("表9", "2022 车: 18+7", (18, 7), 25)
R("表9", "2023: 0+3+7", (0, 3, 7), 10)
R("表12", "task rows 2969+5104+1016+8661+280485+211 = 金额合计", (2969, 5104, 1016, 8661, 280485, 211), 298448)
R("表12 vs 表5", "社会保险业务管理 2969 (表12) vs 2970 (表5)", (2969,), 2970)
R("第三部分", "人员 4072 + 公用 396 + 对个人和家庭 636 + 项目 293343 = 预算 298448", (4072, 396, 636, 293343), 298448)
R("第三部分", "社会保险综合管理 160 + 856", (160, 856), 1016)
R("第三部分", "社会保险业务管理 636 + 1429 + 905", (636, 1429, 905), 2970)
R("第三部分", "社保专项资金 416 + 2045 + 5127 + 1073", (416, 2045, 5127, 1073), 8661)
R("第二/第三部分", "专项资金 decrease: 第二部分 245042 vs 第三部分 245064", (245042,), 245064)
R("第二部分", "total decrease 299860 vs Σ project decreases in 第三部分 (349+1289+39+245064+52425)", (349, 1289, 39, 245064, 52425), 299860, True)
R("第四部分", "货物 100 + 工程 0 + 服务 2871 = 共计", (100, 0, 2871), 2970)
R("表12 指标", "行政复议 537 + 行政诉讼 1009 = 1546 宗", (537, 1009), 1546)
R("表12 指标", "宣传版面 3+2+1+1.5+2+1.5 = 11 个", (3, 2, 1, D("1.5"), 2, D("1.5")), 11)

# report
bad = [r for r in results if not r[4]]
if "-q" not in sys.argv:
    for t, lab, p, c, ok in results:
        print(f"{'OK  ' if ok else 'DIFF'} {t:18} {lab}: printed {p} / computed {c}")
print(f"\nPart A ({'lines rounded to whole 万元' if WHOLE else 'lines as entered'}): {len(results)} printed figures checked, "
      f"{len(results) - len(bad)} equal (after rounding each derived cell to whole 万元), {len(bad)} differ:")
for t, lab, p, c, ok in bad:
    print(f"  {t} {lab}: printed {p}, computed {c} (→ {r0(c)})")
margins = sorted((abs((c - c.to_integral_value(rounding="ROUND_FLOOR")) - D("0.5")), t, lab, c) for t, lab, p, c, ok in results if ok and c != c.to_integral_value())
if margins:
    m = margins[0]
    print(f"\nSmallest distance of an exact derived cell from a rounding boundary (x.5): {m[0]} ({m[1]} {m[2]} = {m[3]})")
rb = [x for x in rel if x[2] != x[3]]
print(f"\nPart B (printed figures only): {len(rel)} relations, {len(rel) - len(rb)} hold, {len(rb)} do not:")
for w, what, got, pr in rb:
    print(f"  {w} {what}: parts give {got}, printed {pr} (diff {got - pr:+})")
for w, what, got, pr in info:
    print(f"INFO {w} {what}: parts give {got}, printed {pr} (diff {got - pr:+}; not a contradiction: the narrative gives no figure for the rest)")
