"""Alarm rules for English cards: questions that put the fear in the person's mouth
("Could this potassium stop my heart?", "Has it spread to my bones?", "How long do I have?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _MAY_SOON, _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

EN_QUESTIONS = [
    # asking about death, an organ stopping or "too late": the card puts the fear in the
    # patient's mouth ("Could this potassium stop my heart?")
    # (these run on every language: German "will die", Spanish "que coma", "me siento fatal")
    _rule(r"\b(?:(?:I|me|could|might|going to|gonna|can|will I) die|dying|death|dead|deadly|"
          r"(?<!siento )(?<!sentirme )fatal|"
          r"terminal|kill (?:me|you)|too late|how long (?:do I have|have I got)|(?:stop|kill) "
          r"(?:my|the|your) heart|(?:heart|kidneys?|liver|lungs?|brain|organs?)" + _MAY_SOON +
          r" (?:stop(?:s|ped|ping)?|fail\w*|give out|shut down|burst)|organ failure|cardiac arrest|"
          r"blind\w*|(?:a|into|in) coma|brain damage|bleed\w* to death)\b",
          kinds=QUESTION),
    # asking whether a cancer has spread or is malignant, unless it asks how to find out
    _rule(r"\b(?:spread\w*|metasta\w+|malignan\w+)\b",
          kinds=QUESTION, unless_choice=True),
    # asked: "Could this pressure burst a blood vessel in my brain?"
    _rule(r"\b(?:burst|rupture|pop)\w* (?:a |the |one of the |an )?(?:small |tiny |major )?"
          r"(?:blood )?(?:vessels?|arter(?:y|ies)|aneurysms?|veins?)\b",
          kinds=QUESTION),
    # asked: a life on dialysis, a cancer that "has already reached my bones"
    _rule(r"\b(?:will|am|would|do) I (?:\w+ ){0,3}?(?:need|be on|go on|end up on|have to (?:go on|"
          r"have|start)) (?:a )?(?:dialysis|(?:kidney|liver) transplant)\b|\bdialysis for "
          r"(?:the rest of my life|life|ever)\b|\b(?:voy a|tendré que|tengo que|acabaré)\b"
          r"[^?]{0,30}\bdiálisis\b|"
          r"\b(?:werde|muss|müsste) ich\b[^?]{0,30}\bDialyse\b|(?:要|得|会|需要)(?:做)?透析|透析了",
          kinds=QUESTION),
    _rule(r"\b(?:reached|spread to|got into|invaded) (?:my |the )?(?:bones?|lymph nodes?|liver|"
          r"lungs?|brain|blood)\b|\bllegado a (?:los |el |la |mis )?(?:huesos|ganglios|hígado|"
          r"pulmones|cerebro)\b|\b(?:ausgebreitet|übergegriffen)\b|跑到(?:骨|淋巴|肝|肺|脑)|"
          r"侵犯|侵袭|转移到|扩散到",
          kinds=QUESTION, unless_choice=True),
    # asked: how long is left, damage already done, an event "at any moment"
    _rule(r"\bhow (?:much (?:time|longer)|many (?:years|months)) (?:do I have|have I got|"
          r"(?:is|are) left|(?:do|would|will) I (?:still )?have)\b|\bhow much (?:damage|harm) "
          r"(?:has|have|did|is)\b|\b(?:damage|harm)\w* (?:has|have) (?:\w+ ){0,4}?already\b|"
          r"\balready (?:done|caused) (?:\w+ )?(?:damage|harm)\b|\bat any (?:moment|minute|second)"
          r"\b|\bany (?:minute|second|day) now\b|\b(?:organs?|heart|kidneys?|liver|lungs?|brain)\b"
          r"[^.;?]{0,60}\b(?:(?:start|begin)\w* to fail|not (?:getting|receiving) enough oxygen)\b|"
          r"\bdrop dead\b|\bbedridden\b",
          kinds=QUESTION),
    # asked: an organ already ruined ("is my liver too damaged to recover?", "坏掉了")
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?|eyes?|nerves)\b[^?]{0,30}\b(?:too "
          r"damaged|ruined|destroyed|beyond (?:repair|saving)|wrecked|damaged for good|"
          r"permanently damaged)\b|\b(?:Herz|Nieren?|Leber|Lunge|Gehirn|Organe?|Augen|Nerven)\b"
          r"[^?]{0,30}\b(?:kaputt|zerstört|ruiniert|dauerhaft geschädigt|hinüber)\b|\b(?:corazón|"
          r"riñones|riñón|hígado|pulmones|ojos)\b[^?]{0,30}\b(?:destrozad|arruinad|destruid|"
          r"perdid)\w*|(?:心脏?|肾脏?|肝脏?|肺|眼睛|大脑)[\u4e00-\u9fff]{0,6}(?:坏掉|坏了|毁了|废了)",
          kinds=QUESTION),
    # asked: cancer already forming in the person ("is cancer already growing in me?",
    # "bildet sich schon Magenkrebs bei mir", "¿ya se me está formando un cáncer?")
    _rule(r"\b(?:cancers?|tumou?rs?)\b[^?]{0,20}\b(?:is |are |has |have )?already (?:\w+ )?"
          r"(?:forming|formed|growing|developing|there|present)\b|\balready (?:have|got|has|be|"
          r"developing|growing|forming) (?:a |an |some )?(?:\w+ )?(?:cancer|tumou?r)s?\b|"
          r"\b(?:schon|bereits) (?:\w+ ){0,3}?\w*(?:krebs|Tumor)(?!vorsorge|früh|screening|marker|"
          r"test)\w*\b[^?]{0,30}\b(?:bildet|gebildet|entsteht|entstanden|entwickelt|wächst|"
          r"gewachsen|vorhanden|bei mir|in mir)\b|"
          r"\bya\b (?:\w+ ){0,4}?(?:cáncer|tumor)\w*[^?]{0,30}\b(?:formando|formado|creciendo|"
          r"desarrollando)\b|\bya (?:tengo|hay|se (?:me )?(?:está|ha) (?:formando|formado|"
          r"desarrollando)) (?:\w+ ){0,2}?(?:cáncer|tumor)\w*|"
          r"已经(?:有|长了|长出|形成|出现|发展成|变成|开始)[\u4e00-\u9fff]{0,4}(?:癌|肿瘤)|"
          r"(?:癌|肿瘤)[\u4e00-\u9fff]{0,2}(?:已经|正在)(?:形成|长|生长|出现)",
          kinds=QUESTION, unless_next_step=False),
    # how long is left to live, asked or said
    _rule(r"\b(?:don'?t|do not|not) have (?:very )?long (?:left )?to live\b|"
          r"\blong (?:left )?to live\b|"
          r"\b(?:nicht mehr|nur noch) (?:lange|kurz|wenige \w+) (?:zu )?leben\b|"
          r"\bpoco (?:tiempo )?de vida\b|\bme queda poco\b|活不了多久|活不长",
          kinds=STATEMENT | QUESTION),
    # asked: a vessel or an organ bursting ("Could my widened aorta suddenly burst one day?",
    # "Is my aorta going to rupture?"); said: the statement rules above cover "rupture"
    _rule(r"\b(?:aorta|aortic|aneurysm\w*|arter(?:y|ies)|blood vessels?|vessels?|veins?|spleen|"
          r"heart|bowel|gut|appendix|cyst|brain)\b[^.;?]{0,50}\b(?:burst\w*|ruptur\w*|"
          r"split (?:open|apart)|tear (?:open|apart)|blow (?:out|up)|pop(?:s|ping)?|explod\w*)\b|"
          r"\bruptur\w*",
          kinds=QUESTION),
    # how long an organ can hold out: "How long can my heart keep going?", "¿Cuánto tiempo puede
    # aguantar mi corazón?", "Wie lange hält mein Herz das noch aus?", "心脏还能撑多久？"
    _rule(r"\bhow (?:long|much longer|many (?:more )?years)\b[^?.]{0,40}\b(?:heart|kidneys?|liver|"
          r"lungs?|brain|organs?|body|eyes?|arteries)\b[^?.]{0,30}\b(?:hold (?:out|up|on)|last|"
          r"keep (?:going|up|working|beating|functioning)|cope|survive|hang on|take (?:it|this)|"
          r"withstand|put up with|carry on|function|go on)\b|"
          r"\b(?:cuánto (?:tiempo |más )?|hasta cuándo )(?:\w+ )?(?:aguant|resist|sopor|dur)\w*\b"
          r"[^?]{0,40}\b"
          r"(?:corazón|riñones|riñón|hígado|pulmones|cerebro|cuerpo|órganos|ojos|arterias)\b|"
          r"\b(?:cuánto (?:tiempo |más )?|hasta cuándo )[^?]{0,30}\b(?:corazón|riñones|riñón|"
          r"hígado|pulmones|"
          r"cerebro|cuerpo|órganos|ojos|arterias)\b[^?]{0,20}\b(?:aguant|resist|sopor|dur)\w*|"
          r"\bwie lange\b(?![^?]*\bbis\b)[^?]{0,40}\b(?:Herz\w*|Nieren?|Leber|Lunge\w*|Gehirn|"
          r"Körper|Organe?|Augen|Arterien)\b[^?]{0,40}(?:\b(?:aus)?h(?:ä|a)lt\w*|\baushalten|"
          r"\bdurchh(?:a|ä)lt\w*|\bmitmach\w*|\büberleb\w*|\bverkraft\w*|\bnoch (?:arbeiten|"
          r"funktionieren|schlagen|mitspielen)|\b(?:aus|mit|durch)\s*\?)|"
          r"(?:心脏|心|肾脏?|肝脏?|肺|大脑|脑子|身体|器官|眼睛|血管)?(?:还|又)(?:能|可以|可)"
          r"(?:撑|坚持|扛|挺|支撑|熬|活|维持)(?:得)?(?:多久|多长时间|几年|多少年|几个月|多少时间)",
          kinds=QUESTION),
    # killing asked or said in other languages: "Kann mich das umbringen?", "¿me puede matar?",
    # "会不会要了我的命"; a sudden catastrophe one day: "会不会哪天突然破裂"
    _rule(r"\bumbring\w*|\bumgebracht\b|\bum(?:zu)?bringen\b|\btöte[nt]?\b|\bums Leben\b|"
          r"\b(?:matar\w*|me mata\w*|le mata\w*|nos mata\w*|te mata\w*|mata(?:n)? a)\b|"
          r"要(?:了)?(?:我的|您的|你的|人的?)?命|(?:丢|送|丧)(?:了)?(?:性)?命|没命",
          kinds=STATEMENT | QUESTION),
    # asked: an organ destroyed ("¿Cuántos años tardará en destruirme el hígado?")
    _rule(r"\b(?:destroy\w*|destru\w+|zerstör\w*)\b|摧毁|毁掉",
          kinds=QUESTION),
    # "What if it's a tumour that is already growing?"
    _rule(r"\bwhat if\b[^?]{0,60}\b(?:tumou?rs?|cancer\w*|malignan\w+|spread\w*|metasta\w+)\b",
          kinds=QUESTION),
]
