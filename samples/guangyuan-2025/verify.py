#!/usr/bin/env python3
"""Recompute every printed figure of 002_db523993c574d7b7.txt from the lines of budget.json.

Usage: python3 verify.py   (from any directory). Prints OK / DIFF per printed figure.
"computed" is the sum of the lines, except for checks labelled "Σ printed ...", which add printed cells.
Amounts are Decimal in 万元 (the file's amountUnit); nothing is rounded.
"""
import json, os, re
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

here = os.path.dirname(os.path.abspath(__file__))
raw = open(os.path.join(here, "budget.json"), encoding="utf-8").read()
b = json.loads(raw, parse_float=D, parse_int=D)
assert b["amountUnit"] == "万元" and b["year"] == 2025
L = b["expenditures"]
for l in L:
    assert l["amount"] >= 0 and l["amount"] == l["amount"].quantize(D("0.000001"))  # 万元 with <= 6 decimals = whole 分
    assert len(l["functional"]) == 7

def s(pred):
    return sum((l["amount"] for l in L if pred(l)), D(0))

def nature(l):
    if l.get("project"): return "项目"
    return l.get("nature") or ("人员经费" if l["economic"][:3] in ("301", "303") else "公用经费")

basic = lambda l: nature(l) in ("人员经费", "公用经费")
proj = lambda l: nature(l) == "项目"
results = []
def check(table, label, printed, computed):
    printed = D(printed)
    ok = printed == computed
    results.append((table, label, printed, computed, ok))

total = s(lambda l: True)
income = sum((i["amount"] for i in b["income"]), D(0))
cls = lambda c: (lambda l: l["functional"].startswith(c))

# 附表 1 部门收支总表
check("附表1", "一般公共预算拨款收入", "1183.38", income)
check("附表1", "社会保障和就业支出 (208)", "1072.86", s(cls("208")))
check("附表1", "卫生健康支出 (210)", "30.32", s(cls("210")))
check("附表1", "住房保障支出 (221)", "80.19", s(cls("221")))
check("附表1", "本年收入合计", "1183.38", income)
check("附表1", "本年支出合计", "1183.38", total)
check("附表1", "Σ printed 类 rows (1072.86+30.32+80.19) = 本年支出合计 1183.38", "1183.38", D("1072.86") + D("30.32") + D("80.19"))
check("附表1", "收入总计 / 支出总计", "1183.38", total)
# 附表 2 部门收入总表
check("附表2", "合计 / 342601 合计 = 一般公共预算拨款收入", "1183.38", sum((i["amount"] for i in b["income"] if i["unit"] == "342601" and i["source"] == "一般公共预算拨款收入"), D(0)))
# 附表 3 部门支出总表
check("附表3", "合计", "1183.38", total)
check("附表3", "基本支出", "1090.44", s(basic))
check("附表3", "项目支出", "92.94", s(proj))
for code, t, bb, p in [("2080109", "975.45", "882.51", "92.94"), ("2080501", "2.09", "2.09", None), ("2080505", "94.15", "94.15", None),
                       ("2089999", "1.18", "1.18", None), ("2101101", "30.32", "30.32", None), ("2210201", "80.19", "80.19", None)]:
    f = cls(code)
    check("附表3", f"{code} 合计", t, s(f))
    check("附表3", f"{code} 基本支出", bb, s(lambda l: f(l) and basic(l)))
    check("附表3", f"{code} 项目支出", p or "0", s(lambda l: f(l) and proj(l)))
# 附表 4 财政拨款收支预算总表
check("附表4", "本年收入 / 一般公共预算拨款收入", "1183.38", income)
check("附表4", "本年支出 合计 / 一般公共预算", "1183.38", total)
check("附表4", "社会保障和就业支出 合计 / 一般公共预算", "1072.86", s(cls("208")))
check("附表4", "卫生健康支出", "30.32", s(cls("210")))
check("附表4", "住房保障支出", "80.19", s(cls("221")))
# 附表 5 财政拨款支出预算表（部门经济分类） — only the printed rows
eco = lambda p: (lambda l: l["economic"].startswith(p))
check("附表5", "总计 / 合计 / 小计", "1183.38", total)
check("附表5", "基本支出", "1090.44", s(basic))
check("附表5", "项目支出", "92.94", s(proj))
for p, v in [("301", "845.38"), ("30101", "233.90"), ("3010101", "3.02"), ("3010102", "230.87"), ("30102", "155.92"),
             ("3010201", "149.03"), ("3010204", "1.44"), ("3010206", "5.46"), ("30299", "44.93"), ("3029901", "12.84"),
             ("3029902", "2.09"), ("3029903", "30.00"), ("303", "78.39"), ("30305", "78.39"), ("3030501", "78.12"), ("3030504", "0.27")]:
    check("附表5", f"{p} 总计 (= 基本支出, 项目 blank)", v, s(eco(p)))
    check("附表5", f"{p} 项目支出 blank", "0", s(lambda l: eco(p)(l) and proj(l)))
# 附表 6 一般公共预算支出预算表
gpb = lambda l: l.get("source", "一般公共预算拨款收入") == "一般公共预算拨款收入" and not l.get("carriedOver")
check("附表6", "合计 / 当年财政拨款安排", "1183.38", s(gpb))
for code, t in [("2080109", "975.45"), ("2080501", "2.09"), ("2080505", "94.15"), ("2089999", "1.18"), ("2101101", "30.32"), ("2210201", "80.19")]:
    check("附表6", f"{code}", t, s(lambda l: gpb(l) and l["functional"] == code))
check("附表6", "上年结转安排", "0", s(lambda l: l.get("carriedOver")))
# 附表 7 一般公共预算基本支出预算表
ry = lambda l: basic(l) and nature(l) == "人员经费"
gy = lambda l: basic(l) and nature(l) == "公用经费"
check("附表7", "合计", "1090.44", s(basic))
check("附表7", "人员经费", "923.76", s(ry))
check("附表7", "公用经费", "166.67", s(gy))
check("附表7", "Σ printed 人员+公用 (923.76+166.67) = 合计 1090.44", "1090.44", D("923.76") + D("166.67"))
rows7 = [("301", "845.38"), ("30101", "233.90"), ("3010101", "3.02"), ("3010102", "230.87"), ("30102", "155.92"), ("3010201", "149.03"),
         ("3010204", "1.44"), ("3010206", "5.46"), ("30103", "249.72"), ("3010301", "19.24"), ("3010302", "1.60"), ("3010303", "184.08"),
         ("301030501", "44.80"), ("30108", "94.15"), ("30110", "30.32"), ("30112", "1.18"), ("3011202", "1.18"), ("30113", "80.19"),
         ("302", "166.67"), ("30201", "43.70"), ("30202", "3.00"), ("30207", "2.00"), ("30211", "12.00"), ("30215", "2.00"),
         ("30216", "3.00"), ("30217", "1.50"), ("30228", "4.85"), ("30229", "7.09"), ("3022901", "7.09"), ("30239", "42.60"),
         ("30299", "44.93"), ("3029901", "12.84"), ("3029902", "2.09"), ("3029903", "30.00"), ("303", "78.39"), ("30305", "78.39"),
         ("3030501", "78.12"), ("3030504", "0.27")]
for p, v in rows7:
    check("附表7", p, v, s(lambda l: basic(l) and l["economic"].startswith(p)))
check("附表7", "Σ printed 款 rows of 301 = 845.38", "845.38", sum(D(v) for p, v in rows7 if len(p) == 5 and p.startswith("301")))
# 附表 8 一般公共预算项目支出预算表
P8 = [("社会保险信息网络建设维护费", "7.00"), ("社会保险全民参保工作专项经费", "20.00"), ("企保、机保代财政管理工作经费（原代管工作经费）", "18.00"),
      ("年金征缴工作经费", "2.50"), ("离退休人员社会化管理服务工作专项经费", "36.80"), ("社会保险委托稽核和基金管理专项经费", "5.00"), ("乡村振兴经费", "3.64")]
check("附表8", "合计 / 342601 / 2080109 社会保险经办机构", "92.94", s(lambda l: proj(l) and gpb(l)))
for n, v in P8:
    check("附表8", n, v, s(lambda l: l.get("project") == n))
assert {p["name"] for p in b["projects"]} == {n for n, _ in P8}
assert all(l["functional"] == "2080109" for l in L if proj(l))
# 附表 9 三公
check("附表9", "因公出国（境）费用 30212", "0", s(eco("30212")))
check("附表9", "公务用车购置费 31013", "0", s(eco("31013")))
check("附表9", "公务用车运行费 30231", "0", s(eco("30231")))
check("附表9", "公务接待费 30217", "1.50", s(eco("30217")))
check("附表9", "合计", "1.50", s(lambda l: l["economic"][:5] in ("30212", "31013", "30231", "30217")))
# 附表 10-12: no data
check("附表10-12", "政府性基金 / 国有资本经营 spending", "0", s(lambda l: l.get("source") in ("政府性基金预算拨款收入", "国有资本经营预算拨款收入")))

# Narrative (第二部分)
def pct(a, t): return (a / t * 100).quantize(D("0.01"), ROUND_HALF_UP)
check("说明一", "收支预算总数", "1183.38", total)
check("说明一", "比 2024 减少 5.34 (2024 = previousYear.totalIncome)", "5.34", b["previousYear"]["totalIncome"] - income)
check("说明一(二)", "基本支出", "1090.44", s(basic))
check("说明一(二)", "基本支出占 %", "92.15", pct(s(basic), total))
check("说明一(二)", "项目支出", "92.94", s(proj))
check("说明一(二)", "项目支出占 %", "7.85", pct(s(proj), total))
check("说明二", "社会保障和就业支出", "1072.87", s(cls("208")))
check("说明三(二)", "社会保障和就业支出占 %", "90.66", pct(s(cls("208")), total))
check("说明三(二)", "卫生健康支出占 %", "2.56", pct(s(cls("210")), total))
check("说明三(二)", "住房保障支出占 %", "6.78", pct(s(cls("221")), total))
check("说明四", "人员经费", "923.77", s(ry))
check("说明四", "公用经费", "166.67", s(gy))
check("说明五", "三公 合计", "1.50", s(lambda l: l["economic"][:5] in ("30212", "31013", "30231", "30217")))
tp = b["threePublicPrevious"][0]
check("说明五", "公务接待费 持平 (2025 − 2024)", "0", s(eco("30217")) - tp["reception"])
op = s(gy)  # 参公 unit: 机关运行经费 = 一般公共预算基本支出的公用经费
check("说明八(一)", "机关运行经费", "166.67", op)
check("说明八(一)", "比 2024 增加", "29.34", op - b["previousYear"]["operatingExpenses"])
check("说明八(一)", "增长 %", "21.37", pct(op - b["previousYear"]["operatingExpenses"], b["previousYear"]["operatingExpenses"]))
check("说明八(四)", "人员类 7 个 923.77 (= 人员经费)", "923.77", s(ry))
check("说明八(四)", "运转类 4 个 166.67 (= 公用经费)", "166.67", s(gy))
check("说明八(四)", "特定目标类 7 个 92.94", "92.94", s(proj))
check("说明八(四)", "18 个项目 1183.38", "1183.38", total)

# 表 13: weights (Sichuan: 90) and cost indicators vs 预算数
T13 = {  # name printed in 表 13: (预算数, weights in printed order, cost indicator values)
    "社会保险信息网络建设维护费": ("7.00", [4] * 8 + [2, 6, 20, 5, 5, 5, 5, 10], ["7"]),
    "社会保险全民参保工作专项经费": ("20.00", [5] * 6 + [5, 5] + [5] * 4 + [10, 10, 10], ["2", "1", "13.96", "3.04"]),
    "企保、机保代财政管理工作经费（原代管工作经费）": ("18.00", [6] * 5 + [5, 5, 6, 8, 6, 10, 10, 10], ["10", "3", "5"]),
    "年金征缴工作经费": ("2.50", [7] * 4 + [6, 6, 10, 10, 20, 10], ["2", "0.5"]),
    "离退休人员社会化管理服务专项经费": ("36.8", [6] * 5 + [5, 5] + [4] * 5 + [20, 10], ["10.71", "2.82", "1", "21", "1.27"]),
    "社会保险委托稽核和基金管理专项经费": ("5.00", [10] * 4 + [4] * 5 + [7, 6, 7, None], ["2", "0.9", "0.1", "1", "1"]),  # 满意度 row lost %/weight/direction in the text
    "乡村振兴经费": ("3.64", [6] * 4 + [7, 9, 20, 20, 10], ["3.64"]),
}
alias = {"离退休人员社会化管理服务专项经费": "离退休人员社会化管理服务工作专项经费"}
for n, (amt, w, cost) in T13.items():
    n8 = alias.get(n, n)
    check("表13", f"{n} 预算数 = 附表8", amt, s(lambda l: l.get("project") == n8))
    if None in w:  # a weight lost in the PDF text: the visible ones must leave a plausible remainder
        print(f"NOTE 表13 {n}: visible weights add to {sum(x for x in w if x)}, one weight lost in the text (90 needs {90 - sum(x for x in w if x)})")
    else:
        check("表13", f"{n} Σ权重 = 90", "90", D(sum(w)))
    check("表13", f"{n} Σ成本指标 = 预算数", amt, sum(D(c) for c in cost))

# report
bad = [r for r in results if not r[4]]
for t, lab, p, c, ok in results:
    print(f"{'OK  ' if ok else 'DIFF'} {t:10} {lab}: printed {p} / computed {c}")
print(f"\n{len(results)} printed figures checked, {len(results) - len(bad)} equal, {len(bad)} differ:")
for t, lab, p, c, ok in bad:
    print(f"  {t} {lab}: printed {p}, computed {c}")
