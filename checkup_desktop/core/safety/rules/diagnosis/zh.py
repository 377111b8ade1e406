"""The diagnosis rules for Chinese cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE

_ZH_ILL = (r"(?:(?!风险|可能|是否|会不会|有没有|检查|指标|结果|发展|进展|演变|转变|变成|转成|转为|"
           r"排除|除外|需要|建议|医生|筛查|"
           r"将来|以后|未来|会|导致|引起|影响|增加|预防|避免|造成)[\u4e00-\u9fffA-Za-z0-9]){0,8}?"
           r"(?:感染|损伤|损害|(?<!占位性)(?<!占位)病变|衰竭|功能不全|缺乏症?|紊乱|失调|"
           r"房颤|早搏|脂肪肝|甲状腺肿(?!大)|甲减|甲亢|甲低|大三阳|小三阳|慢阻肺|痛风|缺血|梗死|梗塞|硬化|脂肪变性?|携带者|肥胖|超重|乙肝|丙肝|肥大|肥厚|[^\W发炎]炎(?!症)|"
           # "心脏传导阻滞", "甲状腺功能减退", "慢性炎症"
           r"阻滞|狭窄|亢进|减退|溃疡|(?:慢性|急性)炎症|"
           # "心脏供血不足", "噪声性听力损失", "白内障", "骨量减少", "心律失常"
           r"(?:供血|血供)(?:不足|不良)|听力损失|(?:耳|性)聋|白内障|骨量(?:减少|低下)|心律(?:失常|不齐)|"
           # ("占位性病变" is a scan's word for a mass)
           r"(?<!占位)(?<!占)[^\W病]病(?!毒|因|史|情|人|例))(?![\u4e00-\u9fff]{0,2}"
           # ("肝病专科", "肝病科门诊": a department named for a disease)
           r"(?:风险|指标|检查|检测|筛查|标志物|专科|科室|门诊))(?!科)"
           # "乙肝表面抗原", "乙肝病毒的一种标志物": the name of a test, not of the disease
           r"(?![\u4e00-\u9fff]{0,8}?(?:抗原|抗体|标志物|五项|两对半|DNA))")

# the scan or report as the speaker right before a cue ("超声提示", "报告显示")
_SCAN_ZH = "".join(f"(?<!{w})" for w in ("超声", "B超", "彩超", "影像", "报告", "CT", "心电图",
                                          "胸片", "X线", "磁共振", "结论"))

ZH = [
    # "不能说明您有什么疾病": "any disease" names none
    _rule(r"(?:你|您|我)(?:患有|得了|患上了?|有(?!什么|哪些|哪种|任何|没有)[^。，,？?]{0,6}(?:病|症|癌))",
          "tells the person what they have", unless_negated=True),
    _rule(r"(?:你|您|我)(?:已经)?(?:有|患有|得了|患上了?|得的|患的)",
          "tells the person what they have", condition_after=True, gap=-1),
    _rule(r"确诊|诊断为|诊断是|被诊断|诊断标准",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"患者(?:患有|是|有)",
          "speaks of 'the patient' as diagnosed"),
    # "eGFR（CKD-EPI）" names a formula; "我的血糖发展成糖尿病" asks about a future risk
    _rule(r"(?:我|您|你)(?:的|得的|患的|所患的)(?![A-Za-z0-9-]+\s*[(（])"
          r"(?![\u4e00-\u9fff]{0,8}(?:发展|进展|演变|转变|变成|转成|转为|将来|以后|未来))"
          # ("您的空腹胰岛素和血糖放在一起看，医生可以算出…": a test's clause, the name comes later)
          # ("您的肿瘤标志物CA19-9轻度高于参考范围，" names a test)
          # ("我的尿酸高于参考范围，…" is a result's clause; "我的高血脂是遗传的，…" a disease's)
          r"(?![^，,。；？！]{0,12}?(?:胰岛素|血糖|(?<!高)血脂|(?<!高)血压|指标|结果|数值|检查|报告|化验|"
          r"水平|标志物|(?<!高)尿酸(?!血症)|肌酐|转氨酶|[A-Za-z]{2,}|高于|低于|偏高|偏低|升高|降低|超标|超出)"
          r"[^，,。；？！]{0,20}[，,])",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"符合|考虑(?:为|是)?|疑似|倾向于?|指向|最(?:有)?可能(?:的)?(?:是|为)|(?:基本)?(?:可以)?(?:判断|确定)(?:为|是(?!否))|很像|像是|"
          r"好像|典型的?|属于|达到|就是|可疑|应该是|应是|(?<![常多])见于|肯定是|一定是",
          condition_after=True),
    # ("它对您意味着什么，需要医生判断": what it means, asked, is no cue)
    _rule(r"(?:提示|说明|表明|意味着|代表|显示)(?!什么|着什么|了什么)|与[^。，]{0,6}有关",
          kinds=STATEMENT, condition_after=True, weak=True),
    # ("判断是否存在脂肪肝" asks it)
    _rule(r"(?:可以|能|就能)?(?:判断|确定|断定)(?:为|是(?!否))",
          condition_after=True),
    _rule(r"(?:我|您|你)(?:这个|这种|的这个|那个)",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"哪种|哪一种|什么类型的?|哪一型|几型",
          "asks which disease it is", kinds=QUESTION, condition_after=True),
    _rule(r"(?:都是|就是|全是|基本是)[\u4e00-\u9fff]{0,8}(?:造成的|引起的|导致的|喝的|吃的|抽的|"
          r"累的)",
          "names a cause", kinds=STATEMENT),
    # ("这就是建议您复查的原因" gives the reason for a step, not for a result)
    _rule(r"是(?![\u4e00-\u9fff]{0,8}?(?:建议|需要|复查|复诊|检查|就诊|随访|预约))[\u4e00-\u9fff]{0,8}"
          r"的(?:原因|病因)|导致了您的",
          "names a cause", kinds=STATEMENT, unless_negated=True),
    # "既然我是肾功能不全" / "您是糖尿病": the person is called the disease ("am"), or it is taken
    # as given ("since ...")
    _rule(r"既然(?:我|您|你)?(?:已经|本来|本身)?(?:就)?(?:是|有|得了|患有|患了)?|"
          r"(?:你|您|我)(?:已经|本来|本身)?(?:就)?是(?!不是|否)"
          r"(?![\u4e00-\u9fff]{0,10}(?:高危|风险|人群|易感))",
          "presumes a diagnosis", condition_after=True, specific=True, gap=-1),
    # "提示您体内可能长了肿瘤": a hedged diagnosis of the person ("可能有较高风险" is a risk)
    _rule(r"(?:你|您)(?:的)?(?:体内|身上)?(?:很|极|也)?(?:可能|或许|也许|大概|估计|多半|恐怕|八成)"
          r"(?:已经|早就)?(?:有|患有|患上了?|得了|长了|存在|出现了)"
          r"(?![^。，,；？?]{0,12}(?:风险|可能性|倾向|隐患|疑问|问题))",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=-1),
    # "最可能的解释是甲减": the likeliest cause named
    _rule(r"最(?:有)?可能的(?:解释|原因|病因|诊断)",
          kinds=STATEMENT, condition_after=True),
    # "结节很可能只是良性囊肿", "阴影应该是感染留下的疤痕": a finding the vocabulary does not
    # name, said to be a cyst, a scar, benign, on a hedge
    _rule(r"(?:很可能|极可能|大概率|大概|估计|多半|应该|八成|恐怕|看起来|看上去|像是)(?:只)?(?:是|就是|为)"
          r"(?:(?!是否|还是|确定|判断|排除|明确)[^。；？！，,]){0,14}?"
          r"(?:囊肿|疤痕|瘢痕|钙化|息肉|脂肪瘤|良性|恶性|增生)(?![^。；？！]*[”」』])",
          kinds=STATEMENT),
    # "我的幽门螺杆菌感染", "您的肝损伤": the person's own disease, a name the vocabulary lacks
    # ("我的血糖将来发展成糖尿病", "我的药会导致肝损伤吗" speak of a future or a cause)
    _rule(r"(?:我|您|你)(?:的|这个|这种|的这个|的这种)" + _ZH_ILL,
          "presumes a diagnosis", unless_negated=True),
    # "我得高血压多久了": "得" right before a disease is "have got" ("我得注意" is "must")
    _rule(r"(?:你|您|我)(?:已经|早就|其实)?得(?![了的到出去])(?![^。，,？?]{0,12}(?:风险|可能))",
          "presumes a diagnosis", condition_after=True, gap=1),
    # "与心肌缺血相符", "属于肥胖范围", "说明您目前是乙肝病毒携带者": a cue and a disease-like
    # noun the vocabulary may lack ("与糖尿病风险有关", "提示医生可能需要复查" name none)
    _rule(r"(?:(?<!是否)(?<!会不会)(?:与|和|跟)(?=[^。，,；？?]{1,14}(?:相符|吻合|一致|相似|相近))|"
          # ("超声提示脂肪肝": the scan as the speaker, as "the scan suggests" is)
          r"(?:符合|属于|考虑为?|疑似|像是|(?<!是否)(?<!会不会)(?:很|比较|更|最|挺)像(?:是)?|"
          r"应该是|应是|就是|" + _SCAN_ZH + r"(?:提示|说明|表明)|"
          # "结果显示为肝脏脂肪变性": a result "shown as" a disease
          r"意味着|(?<!报告)(?<!超声)(?<!彩超)(?<!影像)(?:显示|表现|诊断|结果)为|(?:您|你)(?:目前|现在|其实|已经|本来|应该)*是(?!否|不是)|(?:很|极|最)可能是|"
          r"(?<!可能)(?<!是否)(?<!会不会)已经(?:造成|导致|引起|出现|发展成|发展为)了?))"
          r"(?:(?!不|没|是否|风险|排除|医生)[^。；？！，,]){0,8}?" + _ZH_ILL,
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "说明您的胃里已经有了慢性炎症", "提示您的心脏已经出现了传导阻滞": a cue and the illness
    # said to be already there
    _rule(r"(?:说明|提示|表明|意味着|代表|证明|显示)(?:(?!是否|有没有|可能|风险|不)[^。，,；？！]){0,10}?"
          r"(?:已经|已|早就)(?:有了?|出现了?|存在(?:着)?|形成了?|发生了?|患上了?|得了)"
          r"(?:(?!风险|可能)[^。，,；？！]){0,6}?(?:炎症|" + _ZH_ILL + r")",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "甲减是不是需要终身治疗？", "痛风会不会复发？": a question whose topic is a disease takes it
    # as the person's own ("血糖偏高会不会发展成糖尿病" has a result as topic)
    _rule(r"^(?:那|那么|请问)?(?:我|我的)?" + _ZH_ILL + r"(?:是不是|是否|需不需要|需要|要不要|"
          r"会不会|能不能|能否|可以|可不可以|该|应该|怎么|多久|要|还能|还会|有没有)",
          "presumes a diagnosis", kinds=QUESTION),
    # a title names the issue, never a disease: "慢性乙型肝炎病毒携带状态", "大三阳" (unless it
    # says the scan or report describes it: "超声提示脂肪肝", as the engine's title check)
    _rule(r"^(?!.*(?:风险|筛查|检查|检测|指标|抗原|抗体|五项|两对半|预防|超声|B超|彩超|影像|报告|CT|心电图|"
          r"胸片|X线|磁共振))[^。]*?(?:携带(?:者|状态)|"
          + _ZH_ILL + r")",
          "names a condition in the title", kinds=TITLE),
]

ZH += [
    # "很可能是病态窦房结综合征", "多半就是痛风", "大概率是甲减": "very likely is" and its kin
    # name a disease as surely as "probably" ("可能是" alone is a possibility)
    _rule(r"(?:很|极|非常|十分)有?可能(?:就|只|也)?(?:是|为)(?!否|不是)|大概率(?:就|只)?(?:是|为)|"
          r"(?:多半|八成|估计)(?:就|只)?是(?!否|不是)",
          # (weak: "很可能是暂时的波动，不一定是糖尿病" has a negation before the name)
          kinds=STATEMENT, condition_after=True, gap=15, weak=True),
]

ZH += [
    # "……，您很可能就是这种情况", "您大概率也属于这种情况", "这多半就是您的情况": a general
    # statement applied to the person ("您是否属于这种情况" asks it; plain "可能" is a possibility)
    _rule(r"(?:您|你)(?:的情况|身上)?(?:也|就)?(?:很|极|非常|十分)?(?:(?<=[很极常分])有?可能|大概率|多半|八成|"
          r"估计|大概|应该|恐怕|十有八九)(?:也|就)?(?:是|属于|如此|这样)(?:这种|这类|这样|这个|同样的|"
          r"一样的)?(?:情况|原因|问题|类型)?|(?:这|这种情况|那)(?:(?:很|极)有?可能|大概率|多半|八成|"
          r"应该)(?:就|也)?是(?:您|你)的(?:情况|问题|原因)",
          "applies a diagnosis to the person", kinds=STATEMENT, unless_negated=True),
]

ZH += [
    # "和心脏供血不足的情况是相符的", "与脂肪肝的表现一致": the fit told around the disease name,
    # whatever names it ("是否与…相符" asks it)
    _rule(r"(?<!是否)(?<!会不会)(?<!能否)(?:与|和|跟)(?=[^。，,；？?]{1,14}(?:相符|吻合|一致|相似|相近))",
          kinds=STATEMENT, condition_after=True, gap=14, unless_negated=True, unless_modal=True),
]

ZH += [
    # "表现符合良性胶质结节", "倾向于良性": a finding named benign or malignant by a cue of fit
    # (the report's "考虑"/"提示" are its own words: "报告考虑良性")
    # ("超声医生认为所见改变倾向良性" quotes the sonographer's view)
    _rule(r"(?:^|(?<=[。；？！，,]))(?![^。；？！，,]*(?:医生|医师|报告)认为)[^。；？！，,]*?"
          r"(?<!报告)(?<!结论)(?:符合|倾向于?|属于|像是|看起来是|应属于?)(?:(?!是否|还是|不|排除)"
          r"[^。；？！，,]){0,6}?(?:良性|恶性|单纯性?囊肿)(?![^。；？！]*[”」』])",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "这个良性囊肿", "您的恶性结节": a finding called benign or malignant as if known
    _rule(r"(?:这个|这种|这些|这一|您的|你的|我的|该)(?:良性|恶性)的?(?:囊肿|结节|息肉|肿物|肿块|病变|钙化|"
          r"增生|肿瘤)(?![^。；？！]*[”」』])",
          "calls the finding benign or malignant", unless_negated=True),
]

ZH += [
    # "落在骨量减少的区间里", "已经处于糖尿病前期": the person placed in a disease's range or
    # stage ("处于这个范围的人" names none)
    _rule(r"(?:落在|落入|处于|进入了?)[^。，,；？！]{0,4}?" + _ZH_ILL + r"(?:的)?(?:区间|范围|阶段|"
                                                          r"水平|程度|"
          r"标准|前期|那一档|这一档)",
          "places the person in a disease range", kinds=STATEMENT, unless_negated=True),
]

ZH += [
    # "转氨酶升高是喝酒造成的": a cause named ("可能是…引起的" is a possibility)
    # ("是采血时溶血造成的": the sample's handling is no disease)
    _rule(r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?<!不)(?<!并不)是(?![\u4e00-\u9fff]{0,4}?(?:溶血|采血|抽血|"
          r"标本|样本|仪器|检测误差))[\u4e00-\u9fff]{1,8}?(?:造成|引起|导致|所致)的",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

ZH += [
    # "这种组合很可能意味着您的甲状腺功能已经有些减退": "very likely" before the cue is no hedge
    # (plain "可能意味着" is)
    _rule(r"(?:很|极|非常|十分)有?可能(?:意味着|说明|提示|表明|代表)(?:(?!是否|有没有|风险|不)"
          r"[^。；？！，,]){0,14}?" + _ZH_ILL,
          kinds=STATEMENT, unless_negated=True),
]

ZH += [
    # "这也解释了您为什么总是腰背酸痛", "这就是您总觉得乏力的原因", "难怪您总是觉得累": a result
    # given as the cause of what the person feels ("可能解释", "是否能解释" weigh it)
    _rule(r"(?<!是否)(?<!能否)(?<!可能)(?:解释了|说明了)[^。；？！，,]{0,6}(?:您|你)[^。；？！]{0,20}?"
          r"(?:乏力|累|疲劳|疲倦|疲惫|没劲|无力|头晕|头痛|气短|气喘|发喘|喘不上气|心慌|心悸|酸痛|疼|"
          r"怕冷|口渴|水肿|浮肿|不适|症状)|"
          r"(?:这|这也|这就|这正|正|这些)(?:就|也|正)?是(?:您|你)[^。；？！，,]{0,20}?(?:乏力|累|疲劳|"
          r"疲倦|疲惫|没劲|无力|头晕|头痛|气短|气喘|发喘|心慌|心悸|酸痛|疼|怕冷|口渴|水肿|浮肿|不适|"
          r"症状)[^。；？！，,]{0,6}?的(?:原因|缘故|根源)|难怪(?:您|你)",
          "gives the result as the cause of the complaints", kinds=STATEMENT,
          unless_negated=True, unless_modal=True),
    # "说明您的肝脏里已经堆积了不少脂肪": fatty liver told as what the organ holds
    # ("您的肝脏应该已经有了轻度的脂肪沉积": the fat held as a noun)
    _rule(r"(?<!是否)(?<!有没有)(?:您|你)的?肝(?:脏|内|细胞)?(?:里|内|中)?(?:已经|已)?(?:堆积|沉积|"
          r"蓄积|积累|囤积|积存)(?:了)?(?:不少|很多|大量|较多|一些|过多)?(?:的)?脂肪|"
          r"(?<!是否)(?<!有没有)(?:您|你)的?肝(?:脏|细胞)?(?:里|内|中)?(?:应该|已经|已|大概|多半)*"
          r"(?:有了|有|出现了?|存在)(?:一些|一定|轻度|中度|少量|不少)?的?脂肪(?:沉积|堆积|蓄积|浸润)",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "基本可以看作是慢阻肺的早期阶段", "算是轻度脂肪肝": the finding counted as a disease
    _rule(r"(?<!是否)(?<!能否)(?:看作|视为|当作|算作|算是|称得上|相当于)(?:是)?",
          kinds=STATEMENT, condition_after=True, gap=-1, unless_negated=True),
    # "您怎么会得上慢阻肺", "我是怎么得的痛风": the question takes the disease as one's own
    _rule(r"(?:我|您|你)(?:是)?(?:怎么|为什么|为何|什么时候)(?:会)?(?:得|患|染)(?:上|了)?",
          "presumes a diagnosis", kinds=QUESTION, condition_after=True, gap=-1),
]

ZH += [
    # "您的身体已经不能很好地处理血糖": diabetes told as what the body fails to do
    _rule(r"(?<!是否)(?:您|你)的?(?:身体|机体)(?:已经|现在)?(?:不能|无法|不太能|没法|处理不了)"
          r"(?:很好地|正常地?)?(?:处理|利用|代谢|调节|消化)?(?:血糖|糖分?|葡萄糖|胰岛素)",
          "says the body fails as in a disease", kinds=STATEMENT, unless_negated=True,
          unless_modal=True),
]

ZH += [
    # "您近期可能刚经历过一次病毒感染", "你之前应该得过一次肺炎": a past illness said to be the
    # person's ("您是否感染过" asks it)
    _rule(r"(?<!是否)(?:您|你)(?:近期|最近|之前|以前|曾经|前不久|不久前)?(?:可能|也许|或许|大概|应该|多半)?"
          r"(?:刚刚?|曾经?|已经)?(?:经历过|得过|患过|感染过|染上过?|有过)(?:一次|一场|一段)?"
          r"[^。；？！，,]{0,8}?(?:感染|感冒|流感|炎|病(?!毒)|" + _ZH_ILL + r")",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True),
]

ZH += [
    # "这很像是窦房结功能出了问题", "您的甲状腺功能应该是出了点问题": an organ's function said to
    # have gone wrong ("是否出了问题", "有没有问题" ask it; "肝功能异常" is a lab heading)
    _rule(r"(?<!是否)(?<!有没有)(?<!如果)(?:肝|肾|心脏?|甲状腺|窦房结|胰腺|胰岛|骨髓|肾上腺|垂体|卵巢)"
          r"(?:脏)?(?:的)?功能(?:已经|可能|应该|大概|多半|是)*(?:出了|出现了|有了?)(?:点|些|一些|一点)?"
          r"(?:问题|毛病|故障)",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True),
]
