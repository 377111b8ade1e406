"""The treatment rules for Chinese cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE
from checkup_desktop.core.safety.rules.treatment.common import (
    _AFFECTS,
    _NO_TELL,
    _REPORT_ADVISES,
    _REPORT_AFTER,
    _not_after,
    _rule,
)

# a dose changed to an amount ("减到半片", "改成一天两粒", "少吃一片")
_ZH_AMOUNT = (r"(?:(?:减|加|增|降|调|改|换|退)(?:到|至|成|为|回)|(?:多|少)(?:吃|服|用|加|打)|"
              r"加|减|吃|服|服用|补|打)(?:每天|一天|每日|每晚|早上|晚上|隔天|隔日|每次|一次)?"
              r"[\d一二两三四五六七八九十半]+(?:\.\d+)?\s*(?:片|粒|颗|毫克|微克|单位|支|袋|勺|滴|mg)"
              r"(?!\s*(?:/|%))")

# "生活方式的调整可能有助于改善血脂": a change of habits in general, on a "may", is a general
# statement, as "lifestyle changes may help" is in English ("醋泡黑豆可能对降血压有帮助" names a
# remedy): from the start of the clause, unless such a clause
_ZH_MAY = (r"(?:^|(?<=[。，,；;！？!?]))(?![^。，,；;！？!?]*?(?:生活方式|生活习惯|运动|锻炼|"
           r"作息|减重|减肥|控制体重|饮食习惯|饮食结构|饮食调整|调整饮食)[^。，,；;！？!?]*?"
           r"(?:可能|也许|或许))"
           r"[^。，,；;！？!?]*?")

# a dose ("剂量"), not a CT's, nor the one the person takes already ("您服用的剂量", "药名和剂量",
# "我现在吃的药的剂量"), nor a field of the list to bring ("清单…最好写明剂量", "注明用量")
_DOSE_ZH = (r"(?<!低)(?<!辐射)(?<!服用的)(?<!吃的)(?<!用的)(?<!目前的)(?<!现在的)(?<!平时的)"
            r"(?<!药名和)(?<!名称和)(?<!名字和)(?<!吃的药的)(?<!服用的药的)(?<!用的药的)(?<!包括)"
            r"(?<!包含)(?<!写明)(?<!注明)(?<!标明)(?<!写上)(?<!写清)(?<!记下)(?<!列出)(?<!写下)(?<!标注)"
            r"(?<!写清楚)剂量(?![和及与、][\u4e00-\u9fff]{0,4}(?:时间|次数|频率|方法|用法))"
            r"(?![^。，,]{0,4}(?:CT|螺旋|扫描|辐射))")

# (also "您正在服用降压药", "如果您在吃止痛药": what the person takes already)
_OWN_ZH = _not_after(*(f"我{when}{verb}的" for when in ("", "在", "目前", "目前在", "现在", "正在",
                                                      "一直", "平时", "长期", "已经在")
                       for verb in ("吃", "服用", "用")),
                     *(f"{who}{when}{verb}" for who in ("我", "您", "你", "如果", "若")
                       for when in ("在", "正在", "目前在", "一直在", "已经在", "平时", "一直",
                                    "长期", "目前长期", "在长期", "平常", "本来就在", "平时在",
                                    "长期在", "现在在", "每天在", "平常在")
                       for verb in ("吃", "服用", "用")))

# "至于是否需要补铁……都应由医生决定": whether to supplement, left to the clinician later in the
# sentence (a bare "是否需要补铁？" still asks for a remedy)
_WHETHER_ZH = (r"(?:(?<!是否)(?<!是否需要)(?<!是否要)(?<!要不要)(?<!需不需要)|"
               r"(?![^。！？；]*(?:医生|医师|大夫)))")

ZH = [
    # "正在服用" is what the person already takes, and "服用…会影响化验结果" names a cause of a
    # result (a named medicine stays: no drug names); 口服葡萄糖耐量试验 is a test; "开处方的医生"
    # ("继续按医嘱服用": the existing prescription; "您服用的剂量": what the person takes already)
    # ("如果您目前在长期服用降压药", "您平时服用的": what the person takes already)
    _rule(r"(?:(?<!正在)(?<!目前)(?<!已经)(?<!所)(?<!在)(?<!在长期)(?<!目前长期)(?<!平时)(?<!一直)"
          r"(?<!按医嘱)(?<!遵医嘱)(?<!照医嘱)(?<!按处方)(?<![您你我])服用|(?<=[您你我])服用(?!的)|"
          r"(?<!需要)(?<!要不要)(?<!需不需要)吃药|"
          r"吃药(?![^。，,]{0,4}[吗呢]))" + _AFFECTS +
          r"|口服(?![^。，,]{0,8}(?:试验|测试|实验))|" + _DOSE_ZH
          + r"|(?<![按遵照非])(?<!任何)(?<!所有)处方(?![^。，,]{0,2}(?:医生|医师))|停药|注射|他汀|"
          r"二甲双胍|胰岛素(?:注射|针)|"
          r"阿司匹林|抗生素|优甲乐|左甲状腺素|鱼油|钙片|铁剂|"
          + _WHETHER_ZH + r"补(?:铁|钙|碘|充维生素)|"
          + _NO_TELL + r"(?=[降消止])" + _OWN_ZH + r"[降消止]\w?药" + _AFFECTS +
          # "我需要吃药吗" asks whether medicine is needed at all
          r"|(?:建议|(?<!是否)(?<!要不要)(?<!需不需要)(?<!会不会)(?<!何时)需要(?![^。，,]{0,8}吗)|应该|应当|可以)(?:使用|用|开|吃|服)[^。，,]{0,6}药(?!物)|"
          r"[\u4e00-\u9fff]{1,4}(?:[药素钙铁]片|胶囊|注射液|口服液|颗粒|滴丸|滴剂|喷剂|冲剂|泡腾片|沙坦|普利|洛尔|地平|"
          r"双胍|列净|格列\w)(?![\u4e00-\u9fff]*(?:检查|结果))",
          "mentions a medicine or dose", unless_negated=True),
    _rule(r"(?:吃|服用?|补|打)多少|(?:换成|改成|换用|改用)[\u4e00-\u9fff]{2,}|(?:减|加|调)(?:到|"
          r"至)\d|口服(?![^。，,]{0,8}(?:试验|测试|实验))|疗程|静脉补",
          "prescribes a medicine or dose", unless_negated=True),
    # "我需要长期服药吗" asks whether medicine is needed at all; "正在吃的药" is taken already
    _rule(r"打[\u4e00-\u9fffA-Za-z0-9]{0,8}针|输液|吊瓶|" + _not_after(
              "需要", "需要长期", "要不要", "要不要长期", "需不需要", "是否需要", "是否", "用不用",
              "正在", "目前", "已经", "在", "所", "您平时", "您一直", "您长期", "在长期") +
          # "吃的药" names what is taken already, as a cause ("可以吃的药" is caught above)
          r"(?:吃|服)(?!过?的药)[\u4e00-\u9fff]{0,3}(?:药|片)(?!物|情况|史|记录|清单|时间)"
          + _AFFECTS,
          "mentions a medicine or injection", unless_negated=True),
    # "CA125升高" is a test's name and a rise, not a dose
    _rule(r"(?<![A-Za-z\d.-])\d+(?:\.\d+)?\s*(?:毫克|微克|克|单位|国际单位|IU|mg|片|粒|升(?!高)|毫升|"
          r"杯)(?!\s*(?:/|%|每))|"
          r"每[天日晚周](?:补充|服用|吃|喝|口服|注射)",
          "gives a dose"),
    _rule(r"(?<![不别勿])(?:戒掉|戒酒|戒烟|少吃|多吃|多喝|喝够|忌口|"
          r"(?:不要吃|别吃)(?!东西|早饭|早餐|饭|任何)|低嘌呤|低盐|低脂|"
          r"低糖饮食|饮食控制|改为\w*饮食|停掉|停用|加倍|减半)",
          "prescribes a diet or a change", kinds=STATEMENT, unless_negated=True),
    _rule(r"(?:可以|能|就能|会)(?:把它|把\w{0,4})?(?:降下来|降下去|治好|治愈|纠正过来)",
          kinds=STATEMENT),
    # ("复测前一天可以先暂停一次", "停服一天": a medicine paused)
    _rule(r"剂量加倍|加倍|减半|停掉|(?:可以|能)停|暂停(?:一次|一天|一下|两天|服用|用药|吃药)|"
          r"停(?:服|用)(?:一|两|几)[次天顿]|先停(?:一|两|几)?[次天顿下]?(?!止?进食)",
          "changes a medicine or dose", unless_negated=True),
    # "胆囊切除术后", "以前做过的手术": an operation in the history ("报告建议活检" restates the
    # report)
    _rule(r"(?<!做过的)(?<!做过)(?<!以前的)(?<!既往)(?<!曾行)(?<!曾做)"
          r"(?=穿刺|活检|手术|透析|化疗|放疗|输血|切除|移植|支架|消融)" + _REPORT_ADVISES
          + r"(?:穿刺|活检|手术|透析|化疗|放疗|输血|切除|移植|支架|消融)(?!术?后)" + _REPORT_AFTER,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(_DOSE_ZH
          + r"|" + _WHETHER_ZH
          + r"补(?:点|些|充)?(?:镁|钙|铁|锌|碘|钾|硒|维生素|叶酸|鱼油)" + _AFFECTS
          + r"|换成|改吃|多吃|少吃",
          "prescribes a medicine, dose or diet", unless_negated=True),
    _rule(r"(?:打|注射|用上?)胰岛素|开始(?:吃|用|打|服)",
          "starts a medicine", unless_negated=True),
    _rule(r"代替|替代|戒掉|戒(?:酒|烟|糖)|不吃|麸质|无麸质|生酮|低碳水",
          "suggests a treatment or diet", kinds=QUESTION),
    _rule(r"空腹(?:吃|服)|饭前(?:吃|服)|饭后(?:吃|服)|睡前(?:吃|服)",
          "tells how to take a medicine", unless_negated=True),
    _rule(_NO_TELL + r"(?=[护保养降])" + _OWN_ZH
          + r"(?:护肝|保肝|养肝|护肾|降脂药|降糖药|降压药)" + _AFFECTS,
          "suggests a treatment", unless_negated=True),
    _rule(_NO_TELL + r"(?=[抗利止激降安])" + _OWN_ZH
          + r"(?:抗凝药|抗血小板药|利尿剂|止痛药|激素药|降压药|安眠药)" + _AFFECTS,
          "names a medicine", unless_negated=True),
    # ("报告建议做胃镜" restates the report)
    _rule(r"(?=造影|导管|胃镜|肠镜|穿刺)" + _REPORT_ADVISES + r"(?:造影|导管|胃镜|肠镜|穿刺)"
          + _REPORT_AFTER,
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_hedged=True,
          unless_choice=True),
    _rule(r"请(?:避免|少吃|多吃|戒|控制|减少|增加|坚持)(?![^。]*(?:以免|免得)影响)|避免(?:吃|喝)|每天锻炼|坚持锻炼|多运动|"
          r"(?:吃|喝)什么(?:能|可以|来)(?:降|升|提高|降低)",
          "prescribes a diet or exercise", unless_negated=True),
    # a weight-loss target or a meal regimen ("一个月减掉十斤", "每天只吃一顿饭", "轻断食")
    _rule(r"减(?:掉|重|肥|去)?[\d一二三四五六七八九十两几]+(?:斤|公斤|千克|kg)|只吃一顿|"
          r"(?:一天|每天|每日)(?:只)?吃[一1]顿|过午不食|轻断食|间歇性?断食|辟谷|(?:戒|不吃)主食|"
          r"生酮饮食",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
    # an exercise regimen ("每天快走30分钟")
    # ("每周的运动量" is a topic; "控制在1500千卡", "盐控制在5克以内": a cap on intake)
    _rule(r"每[天日周晚](?:坚持)?[^。，,？]{0,14}(?:快走|散步|跑步|慢跑|游泳|锻炼|运动|骑车|跳绳)"
          r"(?!量|情况|习惯|方面)|"
          r"(?:快走|散步|跑步|慢跑|游泳|锻炼|运动|骑车|跳绳)[^。，,？]{0,3}\d+\s*(?:分钟|公里|步|小时)|"
          r"(?:不少于|不低于|不短于)?\d+\s*分钟的?[^。，,？]{0,6}(?:快走|散步|跑步|慢跑|游泳|锻炼|运动|骑车|跳绳)|"
          r"(?:走|步行)[^。，,？]{0,3}[\d一二两三四五六七八九十百千万]+步|"
          r"控制在[^。，,？]{0,4}\d+(?:\.\d+)?\s*(?:千卡|大卡|卡路里|克|毫克|g|kcal)",
          "prescribes exercise", kinds=STATEMENT, unless_negated=True),
    # a food or substance promised to treat the result ("喝苦瓜汁可以降血糖", "戒酒…就会恢复正常")
    _rule(r"(?:吃|喝|服|用|补|戒|少吃|多吃|多喝)[^。，,？]{1,10}(?:可以|能|能够|就能|有助于|"
          r"帮助|会)(?:帮助|帮您|帮你)?(?:降|降低|控制|稳定|升|提高|改善|调节|补)(?:血糖|血脂|血压|"
          r"尿酸|胆固醇|转氨酶|肝酶|甘油三酯|铁蛋白|血红蛋白|肌酐|体重|指标|结节)|"
          r"就(?:会|能)(?:慢慢|逐渐|很快|自然)?地?(?:恢复正常|降下来|降下去|正常|好转|消掉|消失|升上来|"
          r"回到正常|回到参考范围|"
          r"恢复到正常|降到正常|回落|补回来|补上来)",
          unless_negated=True),
    # "能不能把降压药减半？", "要不要补钙？": asking how to change a medicine
    _rule(r"(?:能不能|可不可以|要不要|该不该|能否|可以不|是不是(?:该|要|可以|能|得))[^。？，,]{0,12}(?:停药|停用|停掉|停了|"
          r"停几天|减半|加倍|减量|加量|换药|换成|换用|换一种|换个|换掉|换别的|补(?:点|些|充)?(?:镁|钙|铁|锌|碘|钾|硒|维生素|"
          r"叶酸|鱼油))",
          "changes a medicine or dose"),
    # "可以用碘131治疗", "靠中药调理": a named means of treating it
    _rule(r"(?:用|靠|通过)[^。，,？]{1,10}(?:治疗|治好|调理|控制住|消除|消掉|纠正)",
          "suggests a treatment", kinds=STATEMENT, unless_negated=True, unless_choice=True,
          unless_hedged=True),
    _rule(r"哪(?:种|个|款|些)(?:保健品|补充剂|药|维生素|营养品|食物|中药)[^。，,]{0,6}(?:最好|比较好|"
          r"效果好|好用|管用|有效|能|可以)",
          "asks which remedy to take"),
    # "最好切掉", "开刀": an operation
    _rule(r"切掉|割掉|摘掉|切了吧|开刀|做掉",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    # "减到半片", "加到两片", "改成一天半片": a dose changed to an amount (a brand or generic
    # name is no help); "能不能" is a question, not a negation, so it has its own rule
    _rule(_ZH_AMOUNT,
          "changes a medicine or dose", unless_negated=True),
    _rule(r"(?:能不能|可不可以|能否|可否|可以不|要不要|该不该|是不是(?:可以|该|能))[^。？，,]{0,14}"
          + _ZH_AMOUNT,
          "changes a medicine or dose"),
    # "对降血压很有帮助", "有助于降血脂": something promised to treat the result
    _rule(_ZH_MAY + r"对(?:降|降低|控制|稳定|升|提高|改善|调节|软化|清理|清除|保护|养护|修复)"
          r"[\u4e00-\u9fff]{1,6}?(?:很|非常|特别|挺|都|也|大|较|比较)?(?:有帮助|有好处|有效|有益|有用|"
          r"管用|有奇效|效果好)|" + _ZH_MAY + r"有(?:助于|利于|益于)(?:降|降低|控制|稳定|升|提高|"
          r"改善|调节|软化|清除|修复)|(?:降|控|稳)(?:血压|血糖|血脂|尿酸|胆固醇)(?:效果)?(?:很|非常|特别|挺)?"
          r"(?:好|有效|管用)",
          kinds=STATEMENT, unless_negated=True),
    # "和橙汁一起吃", "早上空腹喝": how to take something
    _rule(r"(?:和|与|跟|配|搭配|配合)[\u4e00-\u9fff]{1,6}(?:一起|同时)(?:吃|服|服用|服下|喝|吞)|"
          r"空腹喝(?!水|白开水|少量|一点|一小口)|(?:吃|服|服用)[\u4e00-\u9fff]{0,6}(?:时|的时候)"
          r"(?:配|搭配|喝|加)|(?:早上|晚上|睡前|饭前|饭后|空腹)(?:吃|服|服用)还是(?:早上|晚上|睡前|"
          r"饭前|饭后|空腹)",
          "tells how to take a medicine", unless_negated=True),
    # a title that names a remedy for a result ("醋泡黑豆辅助降压", "苦瓜茶降血糖")
    _rule(r"辅助(?:降|控|稳|调)|^(?![^。]*(?:复查|检查|偏|高于|低于|药|范围))[^。]{1,8}"
          r"(?:降|控|稳|改善|调节|调理)(?:血压|血糖|血脂|尿酸|胆固醇|压|糖|脂)$",
          "names a remedy for a result", kinds=TITLE),
    # "每天吃几根香蕉", "喝多少水才能…": asks for an amount of a food or drink
    _rule(r"(?:吃|喝|服用?|补)(?:几|多少)(?![^。，,？]{0,4}(?:天|次|周|个月|年))|"
          r"才能(?:让|使|把)?[^。，,？]{0,8}(?:降下来|降下去|升上来|恢复正常|回到正常|回到参考范围|"
          r"降到正常|正常)",
          "asks how much to eat or drink"),
    # "额外补充一些维生素D": a supplement, words between ("是否需要补充" is the clinician's choice)
    _rule(r"补充[^。，,？]{0,4}(?:维生素|镁|钙|铁|锌|碘|钾|硒|叶酸|鱼油|益生菌|蛋白粉)",
          "prescribes a supplement", unless_negated=True, unless_choice=True),
    # a named diet ("地中海饮食", "低碳水饮食")
    _rule(r"(?:地中海|低碳水?|低GI|高蛋白|高纤维|素食|轻食|DASH)(?:饮食|食谱)"
          r"(?![^。；？！]*?(?:让|使|导致|引起|造成)[\u4e00-\u9fff]{0,6}(?:升高|偏高|增高|上升|降低|"
          r"偏低|下降|波动|变化))" + _AFFECTS,
          "prescribes a diet", kinds=STATEMENT, unless_negated=True, unless_choice=True),
]

ZH += [
    # "可以买一些维生素B族吃一吃", "去药店买点钙片": buying a remedy to take is the advice
    _rule(r"买(?:一些|些|点|一点|一盒|一瓶|上)?[^。，,？?]{0,8}(?:吃一吃|吃吃|来吃|吃上|吃着|来补|补一补|"
          r"补补|服用)|(?:可以|建议|不妨|试试|最好|自己)[^。，,]{0,4}(?:买|吃|服用)(?:一些|些|点|一点)?"
          r"[^。，,？?]{0,4}(?:维生素|鱼油|钙|铁|锌|镁|叶酸|益生菌|蛋白粉|保健品|补充剂)",
          "suggests a remedy", unless_negated=True),
]

# Round 6: home remedies steeped or boiled to drink ("枸杞和菊花泡水喝"), and a benefit promised
# for a list of aims ("对稳定眼压、保护视神经有一定帮助").
ZH += [
    _rule(r"(?:泡|煮|熬|冲|沏)(?:水|茶|汤|粥)(?:来)?(?:喝|饮|服|代茶)|(?:当|代)茶(?:喝|饮)",
          "suggests a remedy", unless_negated=True, unless_choice=True),
    _rule(_ZH_MAY + r"对(?:降|降低|控制|稳定|升|提高|改善|调节|软化|清理|清除|保护|养护|修复)"
          r"[\u4e00-\u9fff、和及与]{1,14}?(?:有(?:一定|一些|些|点|很大|较大)(?:的)?(?:帮助|好处|作用|"
          r"效果|益处)|很有帮助|有帮助|有好处|有益|有效)",
          "promises what a treatment will do", kinds=STATEMENT, unless_negated=True),
]

ZH += [
    # "叶酸片", "维生素D软胶囊", "鱼油胶囊": a nutrient in the form of a tablet is the supplement
    # ("叶酸" alone is also the name of a test)
    _rule(r"(?:叶酸|维生素[A-Za-z0-9]*|复合维生素|锌|镁|碘|钾|硒|鱼油|益生菌|蛋白|辅酶)(?:片|胶囊|软胶囊|"
          r"咀嚼片|泡腾片|口服液|冲剂|粉剂)",
          "names a medicine or supplement"),
]

ZH += [
    # "我需不需要吃点护肝片", "要不要买点保健品": a question in the A-not-A form ("需不需要",
    # "要不要") is no negation; a named kind of remedy in it is asked for ("要不要吃药" asks whether
    # medicine is needed at all)
    _rule(r"(?:需不需要|要不要|该不该|用不用|是不是(?:该|要|需要|得)|可不可以|能不能|应不应该)"
          r"[^。？，,]{0,6}(?:吃|服用?|用|打|补|买|上)(?:点|些|一些|一点)?[^。？，,]{0,4}?(?:护肝|保肝|"
          r"养肝|护肾|[降消止][\u4e00-\u9fff]?药|[\u4e00-\u9fff]{1,3}(?:片|胶囊|口服液|颗粒|冲剂)|"
          r"保健品|补充剂)",
          "asks which remedy to take"),
]

ZH += [
    # "降脂茶", "降压茶", "降糖汤": a drink named for lowering a result is a remedy
    _rule(r"[降控稳][压糖脂酸](?:茶|汤|饮|粥)",
          "names a supplement or remedy", unless_negated=True),
]

ZH += [
    # "把每天的喝水量加到三升", "把主食减到二两": an intake set to an amount ("把血糖降到7以下"
    # names no intake unit)
    _rule(r"把[^。，,？]{0,10}(?:加|减|增|增加|减少|降|控制|调|提高|提)(?:到|至|在)"
          r"[\d一二两三四五六七八九十半]+(?:\.\d+)?\s*(?:升|毫升|两|克|斤|公斤|杯|碗|个|份|千卡|大卡)",
          "caps what the person eats or drinks", unless_negated=True),
    # "每周进行三次抗阻训练", "每周做三次力量训练": a training regimen
    _rule(r"每[天日周晚][^。，,？]{0,14}(?:训练|有氧|瑜伽|太极|健身|爬楼)(?!量|情况|习惯|方面)",
          "prescribes exercise", kinds=STATEMENT, unless_negated=True),
    # "吃点镁", "服用锌": a mineral or vitamin taken is a supplement ("补钾产品会影响" is a cause)
    _rule(r"(?:吃|服用?)(?:点|些|一些|一点)?(?:镁|钾|锌|钙|铁|硒|碘|维生素[A-Za-z0-9]*|叶酸|鱼油|"
          r"蛋白粉)(?![\u4e00-\u9fff]{0,2}(?:水平|含量|检测|结果|偏|值|离子))" + _AFFECTS,
          "names a medicine or supplement", unless_negated=True),
]

ZH += [
    # "每天的盐先控制在一啤酒瓶盖以内", "烹调油不超过两汤匙", "饮酒量控制在每周一次以下":
    # a cap on a food or drink, in any measure (not "血糖控制在", "甘油三酯控制在": a result)
    _rule(r"(?:(?<![血尿])盐|食盐|钠盐|(?<![血尿])糖(?![化尿耐])|(?<!甘)油(?!三酯)|主食|米饭|面食|饮酒|"
          r"(?<!啤)酒|咖啡|红肉|肉类|甜食|零食|饮料|浓茶|海鲜|动物内脏|内脏)(?:的?(?:量|用量|"
          r"摄入量?|总量))?[^。，,；？]{0,6}?(?:控制在|限制在|限定在|减到|减少到|不超过|不要超过|"
          r"不宜超过|少于|最多)(?:[^。，,；？]{1,12}?(?:以内|以下|之内|左右|为宜|即可)|"
          r"[^。，,；？]{0,8}?(?:勺|汤匙|茶匙|瓶盖|克|g|两|碗|杯|份|罐|瓶|次))",
          "caps what the person eats or drinks", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
]

ZH += [
    # "把胆囊切掉就能一劳永逸", "手术可以彻底解决": a treatment promised to end the finding
    _rule(r"一劳永逸|永绝后患|去根|断根|(?:手术|切除|切掉|摘除|治疗|吃药|服药|碎石)[^。，,；？]{0,12}"
          r"(?:彻底(?:解决|治好|根除|消除)|根治|永久解决)",
          kinds=STATEMENT, unless_negated=True, unless_choice=True),
]

ZH += [
    # "保健品", "补充剂" in general (no name) are advice only as something to take: not in a list
    # ("药物、保健品和中药"), not as a cause of a result ("保健品会影响"), not as something to tell
    # or show the clinician ("都告诉医生", "带上保健品包装"), not negated ("不要自行吃保健品")
    _rule(_NO_TELL + r"(?<!任何)(?<!或)(?<!和)(?<!及)(?<!与)(?<!的)(?<!、)(?:补充剂|保健品)"
          + _AFFECTS,
          "names a supplement or remedy"),
]
