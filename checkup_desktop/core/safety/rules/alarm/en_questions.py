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

# Round 10: asked in any language: lasting damage, collapsing or losing consciousness suddenly,
# how close a catastrophe is, how long people live, a tumour growing or spreading now, no cure.
EN_QUESTIONS += [
    # "Könnte mein Gehirn bleibenden Schaden nehmen?", "Will this cause lasting damage to my
    # kidneys?", "¿un daño cerebral permanente?", "会不会留下永久性损伤？"
    # ("How can I prevent lasting damage?", "bleibende Schäden vermeiden" ask about prevention)
    _rule(r"(?<!\bprevent )(?<!\bavoid )(?<!\bfrom )(?<!\bagainst )(?<!\bany )"
          r"(?<!避免)(?<!预防)(?<!防止)(?<!避免留下)(?<!防止留下)(?<!预防留下)(?:"
          r"\b(?:lasting|permanent|irreversible|long-term|lifelong) (?:\w+ )?(?:damage|harm|"
          r"injury|loss)\b|\bbleibende\w* (?:\w+ )?(?:Schäden|Schaden)\b|\bdauerhaft\w* "
          r"(?:geschädigt|Schaden|Schäden)\b|\b(?:daño|lesión|pérdida)\w* (?:\w+ )?(?:permanente|"
          r"irreversible|para siempre)s?\b|(?:永久|不可逆)(?:性)?(?:的)?(?:损伤|损害|伤害)|留下"
          r"(?:永久|终身))(?![^?]{0,30}\b(?:vermeiden|verhindern|vorbeugen|evitar|prevenir)\b)",
          kinds=QUESTION),
    # "Could this rhythm cause me to collapse without warning?", "¿... que pierda el
    # conocimiento en cualquier momento?", "plötzlich bewusstlos werden", "会不会让我突然晕倒？"
    # ("What should I tell my clinician if I feel faint?" asks what to do)
    _rule(r"\b(?:collapse|pass out|black out|lose consciousness)\w*\b[^?]{0,40}\b(?:without "
          r"(?:any )?warning|suddenly|at any (?:time|moment)|out of nowhere|in my sleep)\b|"
          r"\b(?:suddenly|without warning) (?:\w+ )?(?:collapse|pass out|black out|lose "
          r"consciousness)\b|\b(?:pierd\w*|perder) el conocimiento\b|\bquedarme inconsciente\b|"
          r"\b(?:plötzlich|ohne Vorwarnung|jederzeit)\b[^?]{0,30}\b(?:bewusstlos|ohnmächtig|"
          r"zusammenbrechen|umkippen)\b|\bbewusstlos werden\b|"
          r"(?:突然|随时|哪天)[\u4e00-\u9fff]{0,4}(?:晕倒|昏倒|晕过去|失去意识|倒下)",
          kinds=QUESTION, unless_negated=False),
    # "How close am I to a stroke?", "Wie nah bin ich an einem Schlaganfall?", "¿Qué tan cerca
    # estoy de un infarto?" ("how close are my readings to the target" asks about a value)
    _rule(r"\bhow (?:close|near) am I to (?:a |an |having a )?(?:stroke|heart attack|"
          r"kidney failure|dialysis|blindness|death|dying|cancer|fracture|amputation|coma)\b|"
          r"\bwie nah\w* bin ich\b[^?]{0,30}\b(?:Schlaganfall|Herzinfarkt|Nierenversagen|"
          r"Dialyse|Erblindung|Tod|Krebs|Infarkt)|"
          r"\b(?:qué tan|cuán) cerca estoy de\b[^?]{0,20}\b(?:infarto|ictus|derrame|"
          r"diálisis|ceguera|muerte|cáncer|insuficiencia)|离(?:中风|脑梗|心梗|透析|失明|癌|衰竭|"
          r"尿毒症)[\u4e00-\u9fff]{0,2}(?:还有多远|不远|很近)",
          kinds=QUESTION),
    # how long people live: "How long do people usually live once their AFP is this high?",
    # "¿Cuánto tiempo suelen vivir ...?", "Wie lange leben Menschen ... noch?", "能活多久",
    # "life expectancy"
    # ("Does a healthy lifestyle improve life expectancy?" is general: only "my" or "with a
    # result like this" makes it the asker's)
    _rule(r"\bhow long (?:do|does|can|will|would) (?:people|patients|I|someone|one|they|men|"
          r"women)\b[^?]{0,20}\b(?:live|survive)\b|\b(?:my|mi|meine|我的) (?:\w+ )?(?:life "
          r"expectancy|survival|esperanza de vida|supervivencia|Lebenserwartung|"
          r"Überlebens\w*)|\b(?:life expectancy|survival (?:rate|time|chances?)|esperanza de "
          r"vida|supervivencia|Lebenserwartung|Überlebens\w*)\b[^?]{0,30}\b(?:with|once|like "
          r"mine|con (?:un|una|este|esta|estos|mi)|mit (?:einem|diesem|so|meine\w*))\b|"
          r"\bcuánto (?:tiempo )?(?:suele\w* |puede\w* |va\w* a )?"
          r"(?:vivir|viven|vive|sobreviv\w+)\b|"
          r"\bwie lange (?:lebt|leben|überlebt|überleben)\b|"
          r"(?:能|还能|可以)活(?:多久|几年|多少年|多长时间)|(?:我|这样)的?(?:生存率|存活率|生存期|"
          r"预期寿命)",
          kinds=QUESTION),
    # a tumour growing or spreading now: "Could the blood mean a tumour is growing in my
    # bladder?", "que me está creciendo un tumor", "que hay un tumor que se está extendiendo",
    # "dass sich ein Tumor gerade ausbreitet"
    _rule(r"\b(?:tumou?r|cancer|growth|mass)\w* (?:is |are |that is )?(?:growing|spreading|"
          r"forming|developing) (?:in|inside|on|through|around)\b|"
          r"\b(?:creciendo|extendiendo|propagando|formando|desarrollando)\w* (?:un |una |el |la )?"
          r"(?:tumor|cáncer|masa)\b|\b(?:tumor|cáncer|masa)\w*(?: \w+){0,2} (?:se está|está|"
          r"estén?) (?:extendiendo|propagando|creciendo|diseminando)\b|"
          r"\b\w*(?:[Tt]umor(?!marker)|[Kk]rebs(?!vorsorge|früherkennung|screening|risiko))\w*\b"
          r"[^?]{0,20}\b(?:ausbreitet|ausbreiten|streut|wächst|wuchert)\b",
          kinds=QUESTION),
    # no cure: "something that can't be cured", "que ya no tiene solución", "das sich nicht
    # mehr heilen lässt" ("¿tiene solución ...?" asks whether there is one)
    _rule(r"\b(?:can(?:not|'t| not)|could(?:n't| not)) be (?:cured|fixed|treated|healed)\b|"
          r"\bincurable\b|\bno (?:cure|treatment) (?:for it|at all|left)\b|"
          r"\b(?:ya )?no tiene (?:solución|cura|remedio|arreglo|tratamiento)\b|\bincurable\w*|"
          r"\bsin (?:solución|cura|remedio)\b|\bnicht (?:mehr )?(?:heilbar|behandelbar)\b|"
          r"\bsich nicht (?:mehr )?(?:heilen|behandeln) l(?:ä|a)ss\w*|\bunheilbar\w*|"
          # dying asked about others: "the kind of result people die from", "快不行了"
          r"\b(?:people|patients|someone|anyone) (?:\w+ )?die\b|\bdie (?:from|of)\b|"
          r"快不行了|是不是不行了|活不成|撑不住了",
          kinds=QUESTION, unless_negated=False),
    # asked with "at risk of"/"in danger of": "Is my heart at risk of suddenly stopping?",
    # "Besteht die Gefahr, dass mein Herz plötzlich stehen bleibt?"
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?)\b (?:is |are )?(?:at risk|in danger)"
          r" of (?:\w+ )?(?:stopping|failing|giving out|shutting down|bursting)\b|"
          r"\b(?:Herz|Nieren?|Leber|Lunge|Gehirn)\b[^?]{0,30}\b(?:stehen ?bleibt|stehen ?bleiben|"
          r"aufhört zu schlagen|versagt|versagen)\b",
          kinds=QUESTION),
]

# Round 14: asked in any language: a grave event about to happen, a life in danger, something
# growing or hiding, an organ close to failing, losing a body part, never waking up.
EN_QUESTIONS += [
    # "Could these ST changes mean I am about to have a heart attack?", "¿Estoy a punto de
    # sufrir un infarto?", "Stehe ich kurz vor einem Schlaganfall?", "我是不是快要心梗了？"
    # ("How can I lower my risk of a stroke?" asks about prevention)
    _rule(r"\b(?:about to|on the verge of|close to|near to|any day now)\b (?:\w+ )?(?:have|"
          r"having|suffer\w*|get|getting)? ?(?:a |an )?(?:massive |major |big )?(?:heart attack|"
          r"stroke|seizure|cardiac arrest|brain bleed|kidney failure|heart failure)\b|"
          r"\b(?:a punto de|al borde de|cerca de) (?:\w+ )?(?:sufrir|tener|darme|darle)? ?"
          r"(?:un |una )?(?:infarto|ictus|derrame|paro card\w+|convulsi\w+|insuficiencia)|"
          r"\bkurz vor (?:einem |einer )?(?:\w+ )?(?:Herzinfarkt|Schlaganfall|Infarkt|"
          r"Hirnblutung|Nierenversagen|Herzstillstand|Krampfanfall)|"
          r"(?:快要|快|马上就?要?|就要|随时(?:会|可能)?)(?:发生|得|来)?(?:心梗|心肌梗死|中风|脑梗|脑出血|"
          r"心脏骤停|肾衰竭|心衰)",
          kinds=QUESTION),
    # "Ist mein Leben in Gefahr?", "Is my life at risk?", "¿Corre peligro mi vida?",
    # "我有生命危险吗？"
    _rule(r"\b(?:my|your|his|her|their) life (?:is |could be |may be |might be |be )?(?:\w+ )?"
          r"(?:in danger|at risk|at stake|threatened)\b|\blebensgefährlich\w*|\bLebensgefahr\b|"
          r"\bLeben\b[^.;?]{0,20}\bin (?:\w+ )?Gefahr\b|\b(?:mi|su) vida\b[^.;?]{0,20}\b(?:en "
          r"peligro|corre peligro)\b|\bcorr\w+ peligro (?:mi|su) vida\b|\bpeligro de muerte\b|"
          r"生命危险|危及生命|性命(?:之忧|难保|堪忧)",
          kinds=QUESTION | STATEMENT),
    # something growing in the person: "Does a CA 19-9 this high mean there is something growing
    # in my pancreas?", "¿hay algo creciendo en mi páncreas?", "wächst da etwas in meiner
    # Bauchspeicheldrüse?", "是不是胰腺里长了东西？"
    _rule(r"\bsomething (?:is |that is |that's |could be |might be )?(?:growing|forming|"
          r"developing|spreading|eating away)\b|\balgo (?:que )?(?:está |esté )?(?:creciendo|"
          r"crece|crezca|formándose|se está formando)\b|\bwächst (?:da |dort |hier )?(?:etwas|"
          r"was)\b|\betwas\b[^.;?]{0,30}\b(?:wächst|heranwächst|wuchert)\b|"
          r"长(?:了|出)(?:什么)?(?:东西|异物|肿块|包块)",
          kinds=QUESTION),
    # an organ close to failing: "How close is my liver to giving out completely?", "¿Qué tan
    # cerca está mi hígado de fallar?", "Wie kurz steht meine Niere vor dem Versagen?",
    # "我的肝离衰竭还有多远？"
    _rule(r"\b(?:close|near|closer|nearer)\b[^.;?]{0,30}\b(?:to|from) (?:\w+ )?(?:giving out|"
          r"failing|failure|shutting down|packing up|stopping|collapse|collapsing)\b|"
          r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?)" + _MAY_SOON + r" (?:giving out|"
          r"shutting down|packing up)\b|"
          r"\bcerca\b[^.;?]{0,30}\bde (?:fallar|colapsar|dejar de funcionar|pararse|la "
          r"insuficiencia)\b|\bkurz (?:davor|vor dem) (?:zu )?(?:versagen|Versagen|aufzugeben|"
          r"Kollaps)|(?:离|接近)[\u4e00-\u9fff]{0,4}(?:衰竭|罢工|停跳)",
          kinds=QUESTION),
    # losing a body part: "¿... que podría llegar a perder el pecho?", "Could I lose my breast?",
    # "Muss ich die Brust verlieren?", "会不会失去乳房？"
    _rule(r"\b(?:lose|losing) (?:my|a|the|one|your|both) (?:\w+ )?(?:breasts?|eyes?|legs?|"
          r"arms?|feet|foot|toes|kidneys?|limbs?|hands?)\b|\bperd\w* (?:el|la|los|las|un|una|mi|"
          r"mis) (?:pecho|mama|senos?|ojos?|piernas?|brazos?|pies?|riñón|riñones|dedos)\b|"
          r"\b(?:Brust|Auge|Augen|Bein|Beine|Arm|Fuß|Füße|Zehen|Niere|Nieren)\b (?:\w+ )?"
          r"verlier\w*|"
          r"\bverlier\w* (?:ich |Sie )?(?:die|das|den|meine|meinen|ein|eine|einen) (?:Brust|Auge|"
          r"Bein|Arm|Fuß|Niere)\b|(?:失去|保不住|切掉|切除)(?:一侧|一个|整个)?(?:乳房|眼睛|腿|脚|肾)",
          kinds=QUESTION),
    # never waking up: "¿... que me desmaye y ya no me despierte?", "Could I pass out and never
    # wake up?", "und nicht mehr aufwachen?", "晕过去就醒不过来"
    _rule(r"\b(?:never|not|n'?t) wake (?:up )?again\b|\bnever wake up\b|\bya no (?:me |se |le )?"
          r"despiert\w*|\bno (?:me |se |le )?(?:vuelva|vuelvo|volver\w*) a despertar\b|\bnicht "
          r"mehr aufwach\w*|\bnie (?:mehr |wieder )?aufwach\w*|(?:再也)?醒不过来|醒不来了",
          kinds=QUESTION | STATEMENT, unless_negated=False),
]
