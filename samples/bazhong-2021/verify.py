#!/usr/bin/env python3
"""Check that the lines of budget.json reproduce every printed table of
reference/000_28b05572a4c2d15e.txt (巴中 社保局机关 2021). Exact decimals, 万元.
Run: python3 samples/bazhong-2021/verify.py"""
import json, os, sys
from collections import defaultdict
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
doc = json.load(open(os.path.join(HERE, "budget.json"), encoding="utf-8"), parse_float=D)
L = doc["expenditures"]

# standard 机关 map, domain.md §3.4 (only the codes used matter here)
def gov_map(e):
    e5 = e[:5]
    if e5 in ("30101", "30102", "30103", "30106", "30107"): return "50101"
    if e5 in ("30108", "30109", "30110", "30111", "30112"): return "50102"
    if e5 == "30113": return "50103"
    if e5 in ("30114", "30199"): return "50199"
    if e5 in ("30201", "30202", "30204", "30205", "30206", "30207", "30208", "30209", "30211",
              "30214", "30228", "30229", "30239", "30240"): return "50201"
    if e5 in ("30203", "30226", "30227"): return "50205"
    return {"30215": "50202", "30216": "50203", "30217": "50206", "30212": "50207", "30231": "50208",
            "30213": "50209", "30218": "50204", "30224": "50204", "30225": "50204", "30299": "50299",
            "30301": "50905", "30302": "50905", "30303": "50905", "30304": "50901", "30305": "50901",
            "30306": "50901", "30307": "50901", "30308": "50902", "30310": "50903"}.get(e5, "?" + e5)

def gov(l): return l.get("government") or gov_map(l["economic"])
def nat(l): return "项目" if l.get("project") else l.get("nature") or ("公用经费" if l["economic"].startswith("302") else "人员经费")
def basic(l): return nat(l) in ("人员经费", "公用经费")

fails = 0; checks = 0
def eq(label, got, printed):
    global fails, checks
    checks += 1
    printed = D(str(printed))
    ok = got == printed
    if not ok: fails += 1
    print(f"{'ok ' if ok else 'BAD'} {label}: lines {got:.2f}  printed {printed:.2f}")

def s(pred): return sum((l["amount"] for l in L if pred(l)), D("0"))

print("== lines:", len(L), "expenditure lines,", len(doc["projects"]), "projects")
for l in L:
    if l["amount"] != l["amount"].quantize(D("0.01")) or l["amount"] < 0: print("BAD amount", l); fails += 1

print("== 收支总表 / 财政拨款收支总表")
inc = sum((i["amount"] for i in doc["income"]), D(0))
eq("本年收入合计 (一般公共预算拨款收入)", inc, "488.00")
eq("本年支出合计", s(lambda l: True), "488.00")
for k, v in {"208": "441.80", "210": "22.20", "221": "24.00"}.items():
    eq(f"类 {k}", s(lambda l: l["functional"].startswith(k)), v)

print("== 部门预算支出总表 (合计 / 基本 / 项目)")
func = {"合计": ("", "488.00", "354.50", "133.50"), "208": ("208", "441.80", "308.30", "133.50"),
        "20801": ("20801", "408.50", "275.00", "133.50"), "2080109": ("2080109", "408.50", "275.00", "133.50"),
        "20805": ("20805", "33.30", "33.30", "0"), "2080505": ("2080505", "32.10", "32.10", "0"),
        "2080599": ("2080599", "1.20", "1.20", "0"), "210": ("210", "22.20", "22.20", "0"),
        "21011": ("21011", "22.20", "22.20", "0"), "2101101": ("2101101", "17.00", "17.00", "0"),
        "2101102": ("2101102", "1.50", "1.50", "0"), "2101103": ("2101103", "3.70", "3.70", "0"),
        "221": ("221", "24.00", "24.00", "0"), "22102": ("22102", "24.00", "24.00", "0"),
        "2210201": ("2210201", "24.00", "24.00", "0")}
for name, (p, t, b, pr) in func.items():
    eq(f"{name} 合计", s(lambda l: l["functional"].startswith(p)), t)
    eq(f"{name} 基本", s(lambda l: l["functional"].startswith(p) and basic(l)), b)
    eq(f"{name} 项目", s(lambda l: l["functional"].startswith(p) and not basic(l)), pr)

print("== 一般公共预算基本支出预算表 (部门经济分类)")
eq("合计", s(basic), "354.50")
eq("人员经费 工资福利支出 301", s(lambda l: basic(l) and l["economic"].startswith("301")), "279.20")
eq("人员经费 对个人和家庭的补助 303", s(lambda l: basic(l) and l["economic"].startswith("303")), "0.80")
eq("公用经费 302", s(lambda l: basic(l) and l["economic"].startswith("302")), "74.50")
eq("nature 人员经费", s(lambda l: nat(l) == "人员经费"), "280.00")
eq("nature 公用经费", s(lambda l: nat(l) == "公用经费"), "74.50")
rows = {"30101": "112.20", "30102": "72.80", "30103": "8.60", "30107": "7.10", "30108": "32.10",
        "30110": "15.20", "30111": "3.70", "30112": "3.50", "30113": "24.00", "30201": "22.90",
        "30203": "1.00", "30207": "8.00", "30211": "8.00", "30213": "1.00", "30216": "3.00",
        "30226": "2.00", "30228": "4.00", "30229": "3.00", "30239": "20.00", "30299": "1.60", "30307": "0.80"}
for e, v in rows.items():
    eq(f"基本 {e}", s(lambda l: basic(l) and l["economic"] == e), v)
used = {l["economic"] for l in L if basic(l)}
if used - set(rows): print("BAD basic economic codes not printed:", used - set(rows)); fails += 1

print("== 财政拨款支出预算表(政府经济分类科目): 合计 / 基本 / 项目")
G = {"501": ("256.70", "256.70", "0"), "50101": ("184.40", "184.40", "0"), "50102": ("50.20", "50.20", "0"),
     "50103": ("22.10", "22.10", "0"), "502": ("202.60", "69.10", "133.50"), "50201": ("103.30", "60.50", "42.80"),
     "50202": ("4.00", "0", "4.00"), "50203": ("8.50", "3.00", "5.50"), "50205": ("63.90", "3.00", "60.90"),
     "50206": ("2.60", "0", "2.60"), "50209": ("17.00", "1.00", "16.00"), "50299": ("3.30", "1.60", "1.70"),
     "505": ("27.90", "27.90", "0"), "50501": ("22.50", "22.50", "0"), "50502": ("5.40", "5.40", "0"),
     "509": ("0.80", "0.80", "0"), "50901": ("0.80", "0.80", "0")}
for g, (t, b, pr) in G.items():
    eq(f"{g} 合计", s(lambda l: gov(l).startswith(g)), t)
    eq(f"{g} 基本", s(lambda l: gov(l).startswith(g) and basic(l)), b)
    eq(f"{g} 项目", s(lambda l: gov(l).startswith(g) and not basic(l)), pr)
gused = {gov(l) for l in L}
if gused - set(G): print("BAD government codes not printed:", gused - set(G)); fails += 1

print("== 一般公共预算项目支出预算表")
P = {"社会保险基金审计购买服务费": "24.40", "党建工作经费": "2.90", "脱贫攻坚工作经费": "0.90", "会议费": "2.00",
     "资料印刷费": "2.70", "社会保险基金征管经费": "45.00", "驻村第一书记工作经费": "2.00",
     "机关物业管理及水电气费": "12.00", "公务接待费": "2.60", "网络运行维护费": "20.00",
     "工伤保险预防工作经费": "5.00", "社会保险业务档案标准化建设经费": "4.50",
     "社会保险待遇防冒领工作经费": "5.00", "全民参保计划实施工作经费": "4.50"}
eq("项目合计", s(lambda l: not basic(l)), "133.50")
for n, v in P.items():
    eq(n, s(lambda l: l.get("project") == n), v)
if {p["name"] for p in doc["projects"]} != set(P): print("BAD project list"); fails += 1
for l in L:
    if not basic(l) and l["functional"] != "2080109": print("BAD project functional", l); fails += 1
kinds = defaultdict(D)
for p in doc["projects"]:
    kinds[p["kind"]] += D(P[p["name"]])
eq("运转类 (部门整体目标表 45.1)", kinds["运转类"], "45.10")
eq("事业发展类 (部门整体目标表 88.4)", kinds["事业发展类"], "88.40")

print("== 三公经费")
eq("公务接待费 30217", s(lambda l: l["economic"] == "30217"), "2.60")
eq("因公出国 30212", s(lambda l: l["economic"] == "30212"), "0")
eq("公务用车 30231+31013", s(lambda l: l["economic"] in ("30231", "31013")), "0")
eq("三公合计", s(lambda l: l["economic"] in ("30212", "30231", "31013", "30217")), "2.60")

print("== 政府向社会力量购买服务预算表 (表7) as printed")
sp = doc["servicePurchases"]
eq("购买服务合计", sum((x["amounts"]["一般公共预算拨款收入"] for x in sp), D(0)), "60.00")
for x in sp:
    q = D(str(x["quantity"])) * x["unitPrice"]
    proj = s(lambda l: l.get("project") == x["project"])
    print(f"note {x['project']}: quantity×unitPrice = {q:.2f} vs amount {x['amounts']['一般公共预算拨款收入']:.2f};"
          f" project money {proj:.2f}  (published mistakes, kept as printed)")

print(f"== {checks} checks, {fails} failures")
sys.exit(1 if fails else 0)
