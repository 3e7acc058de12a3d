"""Japanese recall on clinic copy written the way beauty, regenerative-medicine, drip, medical-diet,
AGA/ED, 整体/鍼灸 and sports-recovery clinics write it: LP catch copy and headings, SNS captions
with hashtags, LINE messages, campaign notices, Q&A answered with a claim, case captions, doctor
profiles, testimonials and spoken YouTube lines. Every sentence was written for this file (none is
taken from an ad, a notice or the gold set). Each construction that was added to the Japanese
lexicons has a violating sentence that must carry an asserted claim of its category and, where
the words also occur in honest text, a near neutral twin (news, guidance, a compliant clinic page,
patient information) that must carry no finding from an asserted claim."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def statuses(text: str, category: str) -> set[str]:
    return {c.assertion for c in audit_text(text, "ja").claims if c.category == category}


def charged(text: str) -> list[tuple[str, str | None]]:
    """Findings made from the claims of ``text`` (document checks for missing disclosures aside)."""
    result = audit_text(text, "ja")
    return [(f.category, f.claim_text) for f in result.findings if not f.suppressed and f.claim_id]


VIOLATING = [
    # cure: the usual-outcome answer, selective anti-cancer action, symptoms that stop at once
    ('CURE_TREATMENT_CLAIM', 'Q. 何回で治りますか？\nA. 3回ほどで完治される方がほとんどです。'),
    ('CURE_TREATMENT_CLAIM', '高濃度ビタミンC点滴が、がん細胞だけを狙い撃ちします。'),
    ('CURE_TREATMENT_CLAIM', 'つらいホットフラッシュがピタッと止まる、プラセンタ注射。'),
    ('CURE_TREATMENT_CLAIM', '慢性的な腰痛も、当院の整体なら1回で楽になります。'),
    ('CURE_TREATMENT_CLAIM', '肩こり・頭痛知らずの体へ。'),
    ('CURE_TREATMENT_CLAIM', '長年の偏頭痛に終止符を打ちましょう。'),
    ('CURE_TREATMENT_CLAIM', 'ぎっくり腰は1回の施術でほぼ治ります。'),
    ('CURE_TREATMENT_CLAIM', '不妊鍼灸で妊娠率が上がります。'),
    ('CURE_TREATMENT_CLAIM', '免疫細胞療法で、がんと闘う力を取り戻す。'),
    ('CURE_TREATMENT_CLAIM', '関節痛のお悩みは、当院の施術でスッキリ解決。'),
    ('CURE_TREATMENT_CLAIM', 'エクソソーム療法で、髪の毛がフサフサに。'),
    ('CURE_TREATMENT_CLAIM', 'ニキビが繰り返しできる体質を、内側から根本改善。'),
    # guarantee
    ('GUARANTEE_CERTAINTY', 'ダーマペンなら3回で見違えます。'),
    ('GUARANTEE_CERTAINTY', '肝斑もこの治療で必ず薄くなります。'),
    ('GUARANTEE_CERTAINTY', '飲めば一発で自信が戻る。'),
    ('GUARANTEE_CERTAINTY', 'ほぼ全ての方が1回目から効果を実感されています。'),
    ('GUARANTEE_CERTAINTY', '脂肪細胞が減るので、リバウンド知らず。'),
    ('GUARANTEE_CERTAINTY', '取り除いた脂肪細胞は二度と戻りません。'),
    ('GUARANTEE_CERTAINTY', '根本から治療するので、再発の心配はほとんどありません。'),
    ('GUARANTEE_CERTAINTY', 'これで痩せなかった人、見たことないですね。'),
    ('GUARANTEE_CERTAINTY', '必ずあなたのお悩みも解決します。'),
    ('GUARANTEE_CERTAINTY', '現役の専門医による、間違いのない仕上がり。'),
    ('GUARANTEE_CERTAINTY', 'ピコレーザーならタトゥーも跡形なく消せます。'),
    ('GUARANTEE_CERTAINTY', '医療脱毛で、一生ムダ毛の処理から解放されます。'),
    ('GUARANTEE_CERTAINTY', '効果を実感できなかった場合は、2回目を無料で施術いたします。'),
    ('GUARANTEE_CERTAINTY', 'この治療を受けて再発した方は一人もいません。'),
    # safety
    ('SAFETY_ABSOLUTE', '針を使わないから痛みゼロ。'),
    ('SAFETY_ABSOLUTE', 'A. 麻酔を使うので全く痛くありません。'),
    ('SAFETY_ABSOLUTE', '小さなお子さまでも安心です。'),
    ('SAFETY_ABSOLUTE', '医師が開発したサプリだから安心。'),
    ('SAFETY_ABSOLUTE', 'FDA承認の機器なので、やけどの心配はありません。'),
    # superlative
    ('SUPERLATIVE_COMPARATIVE', 'NAD+点滴は、次世代のエイジングケアです。'),
    ('SUPERLATIVE_COMPARATIVE', '血糖値まで下がる奇跡のサプリ。'),
    ('SUPERLATIVE_COMPARATIVE', 'ほうれい線が見違えるほど薄くなりました。'),
    ('SUPERLATIVE_COMPARATIVE', '効果はエステの比ではありません。'),
    ('SUPERLATIVE_COMPARATIVE', 'GLP-1はダイエットの最終手段です。'),
    ('SUPERLATIVE_COMPARATIVE', '薄毛に悩む方の最後の砦です。'),
    # urgency and price
    ('URGENCY_SCARCITY', '医療ダイエット、始めるなら今！'),
    ('URGENCY_SCARCITY', '今週末までに予約の方だけ、白玉点滴をもう1本。'),
    ('URGENCY_SCARCITY', '今月中のお申し込みで、特別価格にてご案内します。'),
    ('URGENCY_SCARCITY', '＼12月限定／ 水光注射'),
    ('PRICE_INDUCEMENT', '話題のGLP-1ダイエット、今なら初月無料。'),
    ('PRICE_INDUCEMENT', '白玉点滴、今だけ初回9,800円。'),
    ('PRICE_INDUCEMENT', '幹細胞治療のモニター様は、費用の一部を当院が負担します。'),
    ('PRICE_INDUCEMENT', '症例写真をご提供いただける方は、施術料が無料になります。'),
    # prescription-only, weight, anti-ageing
    ('PRESCRIPTION_ONLY_PROMOTION', 'ED治療薬をオンラインで即日発送します。'),
    ('WEIGHT_LOSS_CLAIM', '打つだけダイエット、はじめました。'),
    ('WEIGHT_LOSS_CLAIM', '脂肪溶解注射で、気になる太もももスッキリ。'),
    ('WEIGHT_LOSS_CLAIM', '骨盤矯正で産後太りを解消。'),
    ('WEIGHT_LOSS_CLAIM', '当院の脂肪冷却は、1回の施術で脂肪細胞の約20%を減らします。'),
    ('ANTI_AGING_REJUVENATION', 'エクソソームを入れると、肌が若い頃の状態に戻ろうとするんです。'),
    ('ANTI_AGING_REJUVENATION', '水素吸入で、老化の原因をシャットアウト。'),
    ('ANTI_AGING_REJUVENATION', '20代の頃のようなハリが復活。'),
    ('ANTI_AGING_REJUVENATION', '黒ずみもスーッと消えていく白玉点滴。'),
    ('ANTI_AGING_REJUVENATION', 'プラセンタで、あの頃の元気を取り戻しましょう。'),
    ('ANTI_AGING_REJUVENATION', '見た目年齢-10歳も夢じゃない！'),
    # endorsement, authority, testimonial
    ('CELEBRITY_ATHLETE_ENDORSEMENT', 'テレビでもおなじみのドクターが診察します。'),
    ('CELEBRITY_ATHLETE_ENDORSEMENT', 'トップモデルや女優がこぞって通う、表参道のクリニック。'),
    ('CELEBRITY_ATHLETE_ENDORSEMENT', 'プロゴルファーの〇〇選手も定期的に通う再生医療クリニック。'),
    ('AUTHORITY_APPEAL', '医師も毎日飲んでいる、本気のNMNサプリ。'),
    ('AUTHORITY_APPEAL', '美容のプロが選ぶ美容点滴。'),
    ('AUTHORITY_APPEAL', '現役の形成外科専門医が監修した、間違いのない二重術。'),
    ('AUTHORITY_APPEAL', 'ノーベル賞学者の博士が提唱した点滴療法です。'),
    ('TESTIMONIAL', '不妊鍼灸で妊娠しやすくなると評判です。'),
    ('TESTIMONIAL', '1回の点滴でぐっすり。不眠の方に大好評です。'),
    ('TESTIMONIAL', '打った翌日から肌が明るくなった🤍 もう手放せない'),
    # immunity, detox, performance, discourages, pseudo-evidence
    ('DISEASE_PREVENTION_IMMUNITY', 'うちの点滴、免疫力がグンと上がるんですよ。'),
    ('DISEASE_PREVENTION_IMMUNITY', '腸内フローラを整えて、花粉症が出にくい体質に。'),
    ('DISEASE_PREVENTION_IMMUNITY', '月に1度のプラセンタ注射で、風邪知らずの冬を。'),
    ('DETOX_WELLNESS_VAGUE', '1回の点滴で、ぐっすり眠れるように。'),
    ('PERFORMANCE_RECOVERY', '高気圧酸素カプセルで疲労物質を一掃。'),
    ('PERFORMANCE_RECOVERY', 'PRP注射で、ケガの治りが2倍早くなります。'),
    ('PERFORMANCE_RECOVERY', 'NAD+点滴でゴルフの飛距離が20ヤード伸びました。'),
    ('PERFORMANCE_RECOVERY', 'NAD+点滴を始めてから、仕事のパフォーマンスも上がりました。'),
    ('DISCOURAGES_STANDARD_CARE', 'この点滴には、抗がん剤のような副作用もありません。'),
    ('PSEUDO_EVIDENCE', '〇〇大学との共同研究で、シワ改善効果を確認しました。'),
    ('BEFORE_AFTER', '【症例】クマ取り施術後2週間。'),
    # batch 6: surgery and regenerative pages, drug comparisons, flat-price plans, spoken copy
    ('GUARANTEE_CERTAINTY', '脂肪吸引は、一度吸引した部位が太ることはありません。'),
    ('GUARANTEE_CERTAINTY', 'ニンニク注射1本で、夏バテも一発回復！'),
    ('GUARANTEE_CERTAINTY', '小顔矯正は、その場で効果を実感できます。'),
    ('CURE_TREATMENT_CLAIM', '幹細胞点滴で、麻痺した手足が動くようになった方もいらっしゃいます。'),
    ('CURE_TREATMENT_CLAIM', 'PRP毛髪再生で、抜け毛が減って髪にコシが出ます。'),
    ('CURE_TREATMENT_CLAIM', '当院の腸活療法で、根本から体質を変えましょう。'),
    ('CURE_TREATMENT_CLAIM', 'うつや不安障害に、ケタミン点滴という新しい選択肢。'),
    ('ANTI_AGING_REJUVENATION', '幹細胞コスメで、お肌が生まれたての赤ちゃん肌に。'),
    ('ANTI_AGING_REJUVENATION', 'エクソソーム点滴は、全身の細胞を修復します。'),
    ('SUPERLATIVE_COMPARATIVE', 'まるで整形級！切らずにここまで変わるハイフ。'),
    ('SUPERLATIVE_COMPARATIVE', 'マンジャロはオゼンピックよりも痩せる注射です。'),
    ('SUPERLATIVE_COMPARATIVE', 'サプリじゃ追いつかない！医療機関のプラセンタ注射。'),
    ('SUPERLATIVE_COMPARATIVE', 'ケタミン点滴という画期的な選択肢。'),
    ('PRICE_INDUCEMENT', 'シミ取り放題プラン、はじめました。'),
    ('PRICE_INDUCEMENT', '何個でも一律29,800円。'),
    ('DETOX_WELLNESS_VAGUE', '酸素カプセルで、疲れた体がみるみる回復。'),
    ('WEIGHT_LOSS_CLAIM', 'GLP-1を使うと、食べる量が自然と減っていきます。'),
    ('WEIGHT_LOSS_CLAIM', '気づいたら痩せてた！って方が多いんです。'),
    ('WEIGHT_LOSS_CLAIM', '小顔矯正で顔が一回り小さく！'),
    # batch 7: mostly compliant pages with one claim, doctor's own use, deadlines in hours
    ('ANTI_AGING_REJUVENATION', 'ヒト幹細胞培養液配合の美容液で、塗るだけで10歳若見え肌へ。'),
    ('AUTHORITY_APPEAL', '医師の私自身が、毎週このNAD+点滴を受けています。'),
    ('SUPERLATIVE_COMPARATIVE', '美容点滴なら、当院の高濃度プランが断然おすすめ。'),
    ('SUPERLATIVE_COMPARATIVE', '1日3分のおうちケアで、プロ級の美肌に。'),
    ('SAFETY_ABSOLUTE', '副作用がほとんどなく、安心して受けられます。'),
    ('URGENCY_SCARCITY', '＼本日18時まで／ ボトックスのクーポン配布中'),
    ('TESTIMONIAL', '体重は-15kg、HbA1cも正常値に戻りました！本当に感謝しかないです。'),
    ('CURE_TREATMENT_CLAIM', '透析が近い方も、幹細胞点滴で数値が改善した例があります。'),
    # batch 8: 体言止め + 叶えます, spoken and SNS first-person copy
    ('GUARANTEE_CERTAINTY', '毛穴レス肌、叶えます。'),
    ('GUARANTEE_CERTAINTY', '3ヶ月で理想の体に変わります。'),
    ('GUARANTEE_CERTAINTY', 'A. 年齢に関係なく、80代の方でもしっかり効果が出ます。'),
    ('ANTI_AGING_REJUVENATION', 'ヒアルロン酸注入で、年齢が出やすい首元を若々しく。'),
    ('ANTI_AGING_REJUVENATION', '正直、見た目も中身も10年前に戻った気がする。'),
    ('DISEASE_PREVENTION_IMMUNITY', 'これのおかげで3年間風邪ひいてません💪'),
    ('TESTIMONIAL', 'これのおかげで毎日が楽しいです。'),
    ('TESTIMONIAL', 'エラボトックス打ったら、彼氏に「痩せた？」って言われた笑'),
    ('DETOX_WELLNESS_VAGUE', 'これ、打ったらね、もう朝の目覚めがぜんぜん違うから。'),
    ('DETOX_WELLNESS_VAGUE', '骨盤のゆがみが、全ての不調の原因です。'),
    ('CURE_TREATMENT_CLAIM', 'がん患者さんの生存率が上がったというデータもある点滴です。'),
    ('CURE_TREATMENT_CLAIM', '幹細胞治療で、ひざの痛みが10段階中8から2になりました！'),
    ('WEIGHT_LOSS_CLAIM', 'EMSで寝ているだけで腹筋運動2万回分！'),
    ('DISCOURAGES_STANDARD_CARE', '膝に水がたまる方、注射で抜くのはもうやめましょう。'),
    ('PRESCRIPTION_ONLY_PROMOTION', 'オンライン診療で、ピルもED薬もAGA薬も最短翌日お届け。'),
    # batch 9
    ('CURE_TREATMENT_CLAIM', 'ダーマペン4で、ニキビ跡もクレーターも過去のものに。'),
    ('CURE_TREATMENT_CLAIM', '育毛メソセラピーで、生え際が復活。'),
    ('CURE_TREATMENT_CLAIM', '整体で背骨を整えたら、長年の喘息が出なくなりました。'),
    ('GUARANTEE_CERTAINTY', 'バストアップ注射で、切らずに2カップアップ！'),
    ('PSEUDO_EVIDENCE', '一度で効果を感じられる方が9割以上！'),
    ('ANTI_AGING_REJUVENATION', '気になるほうれい線をなかったことに。'),
    ('ANTI_AGING_REJUVENATION', 'ダブル点滴で、細胞から元気に若々しく。'),
    ('SUPERLATIVE_COMPARATIVE', '当院は都内で最も多くの症例を手がけるクリニックです。'),
    ('PRICE_INDUCEMENT', 'モニター様は治療費は一切いただきません！'),
    # batch 10
    ('CURE_TREATMENT_CLAIM', '花粉症の季節も、もう怖くない。'),
    ('CURE_TREATMENT_CLAIM', '慢性疲労とはもうサヨナラ。'),
    ('CURE_TREATMENT_CLAIM', 'もう諦めなくていい、ED。'),
    ('CURE_TREATMENT_CLAIM', '10年悩んだ頭痛も、今では過去の話に。'),
    ('GUARANTEE_CERTAINTY', '点滴1本でシミ・くすみ・疲れを一気に解決！'),
    ('WEIGHT_LOSS_CLAIM', '太ももの脂肪、1回で-3cm。'),
    # batch 11
    ('ANTI_AGING_REJUVENATION', 'たるみ知らずのフェイスラインへ。'),
    ('GUARANTEE_CERTAINTY', '糸リフトで、切らずに即リフトアップ。'),
    ('WEIGHT_LOSS_CLAIM', '飲むだけで体重がストンと落ちる。'),
    ('SAFETY_ABSOLUTE', '注射が苦手な方でも大丈夫！'),
    ('SAFETY_ABSOLUTE', '痛みのない極細針を使用しています。'),
    ('TESTIMONIAL', '肌が白くなって、友達にも羨ましがられます。'),
    ('GUARANTEE_CERTAINTY', 'この注射さえ打てば、もうシワに悩むことはありません。'),
    ('PRICE_INDUCEMENT', '今なら初診料無料！'),
    ('AUTHORITY_APPEAL', '院長自らが毎月受けている点滴です。'),
]

NEUTRAL = [
    # twins of the constructions above
    '花粉症の治療には、抗ヒスタミン薬の内服や点鼻薬のほか、舌下免疫療法があります。',
    '乾癬は慢性の皮膚疾患で、症状が良くなったり悪くなったりを繰り返します。',
    '風邪の予防には、手洗いとうがい、十分な睡眠が基本です。',
    'スポーツ選手は、点滴治療を受ける前に、日本アンチ・ドーピング機構のガイドラインを確認する必要があります。',
    'スポーツ選手の場合、使用する薬剤が禁止物質に該当しないか事前に確認します。',
    '有名人が通っているかどうかでクリニックを選ぶのはやめましょう、と専門家は話す。',
    'テレビで紹介された治療法でも、効果が確立しているとは限りません。',
    '当院では芸能人の方も一般の方も、同じように診療しています。',
    '【症例モニター募集】は現在行っておりません。',
    'ぎっくり腰の多くは数日から数週間で自然に軽快しますが、しびれを伴う場合は整形外科を受診してください。',
    'Q. 効果はどのくらい続きますか？\nA. 一般的には3〜6か月程度ですが、個人差があります。',
    'Q. 痛みはありますか？\nA. 麻酔クリームを使用しますが、施術中にチクチクとした痛みを感じることがあります。',
    '医療脱毛は永久脱毛ではなく、毛が再び生えてくることがあります。',
    'タトゥー除去は複数回の施術が必要で、完全に消えないこともあります。',
    '治療後に再発する可能性もあります。定期的な経過観察をおすすめします。',
    '治療を中止すると、体重が元に戻ることがあります。',
    '知らず知らずのうちに肩こりが悪化していることもあります。デスクワークの合間にストレッチを。',
    '妊娠率は年齢とともに低下することが知られています。',
    '不妊治療の保険適用が拡大され、体外受精も保険診療で受けられるようになった。',
    '当院では、初回カウンセリング（30分）を無料で行っています。',
    'ご予約の変更・キャンセルは、前日までにご連絡ください。',
    '施術には痛みを伴うことがあり、ダウンタイムとして1〜2週間の腫れが生じます。',
    '脂肪冷却の効果には個人差があり、1回で目に見える変化が出ない場合もあります。',
    'アスリートの方は、使用する薬剤について事前にご相談ください。禁止物質を含む薬剤は使用しません。',
    '院長は、形成外科専門医として大学病院で10年間勤務しました。',
    '医師も人間ですので、説明で分かりにくい点があれば遠慮なく質問してください。',
    # honest pages, news and guidance in the same genres
    '【自由診療】幹細胞培養上清液点滴 1回 55,000円（税込）。主なリスク：注射部位の内出血、発熱、アレルギー反応。効果には個人差があります。',
    'マンジャロ（チルゼパチド）は2型糖尿病の治療薬として承認されており、肥満治療目的での使用は適応外です。吐き気・下痢・便秘などの副作用があります。',
    'Q. 副作用はありますか？\nA. 注射部位の痛みや内出血、まれに感染が起こることがあります。詳しくは診察時にご説明します。',
    '院長略歴：〇〇大学医学部卒業。△△病院形成外科勤務を経て、2018年に当院を開院。日本形成外科学会 形成外科専門医。',
    '消費者庁は、「飲むだけで痩せる」とうたっていたサプリメントの販売会社に対し、景品表示法に基づく措置命令を出した。',
    'エクソソーム治療については、国内で承認された製剤はなく、有効性・安全性は確立していません。',
    '施術後は当日の激しい運動・飲酒・長時間の入浴をお控えください。赤みは通常2〜3日で落ち着きます。',
    '整体は医療行為ではなく、病気の治療を目的とするものではありません。痛みが強い場合は整形外科を受診してください。',
    '美容医療のトラブルに関する相談が増えているとして、国民生活センターは「今だけ」「モニター価格」などの勧誘に注意するよう呼びかけた。',
    '厚生労働省は、再生医療等安全性確保法に基づく計画を提出せずに幹細胞治療を行ったとして、都内のクリニックに緊急命令を出した。',
    '「がんが消える」とうたう免疫療法の広告について、日本医師会は注意を呼びかけている。',
    'AGA治療は自由診療です。フィナステリド1mg 30錠 6,600円（税込）。効果が現れるまで通常6か月程度かかります。',
    '高濃度ビタミンC点滴のがんへの効果は、臨床試験で証明されていません。',
    '医療広告ガイドラインは、「痛みゼロ」「副作用なし」「リバウンド知らず」などの表現を、虚偽・誇大広告の例として挙げています。',
    '厚生労働省のネットパトロールでは、「絶対に治る」「今だけ半額」といった表示が多数見つかった。',
    '「1回で効果を実感」「跡形もなく消える」といった広告表現には注意が必要だと専門家は指摘する。',
    '若返りをうたうサプリメントの広告に、「夢じゃない」などの誇大な表現が目立つ。',
    '「頭痛知らず」をうたう鍼灸院の広告について、保健所が指導を行った。',
    '埋没法は、糸が取れて二重の幅が戻ることがあります。その場合は再手術をご検討ください。',
    '脂肪吸引後に体重が増えると、吸引しなかった部位に脂肪がつきやすくなります。',
    'PRP療法の毛髪への効果は、十分なエビデンスが確立されていません。',
    'ケタミンは麻酔薬であり、うつ病への使用は国内では承認されていません。乱用のおそれがあります。',
    'マンジャロとオゼンピックは作用の仕組みが異なる薬で、どちらが適しているかは医師が判断します。',
    '小顔矯正などの手技による施術で、顔の骨格が変わることはありません。',
    'エクソソームを含む製品の点滴による健康被害が報告されており、厚労省が注意喚起している。',
    'シミの治療法は、シミの種類によって異なります。診察で見極めたうえでご提案します。',
    '当院で使用する培養上清液は、細胞培養加工施設で製造されたものです。国内で承認された医薬品ではありません。',
    'マンジャロは、2型糖尿病の方の血糖コントロールを改善する薬として承認されています。',
    '腎臓病の進行を遅らせるには、血圧や血糖の管理が重要です。',
    '当院の医師は、日本抗加齢医学会の専門医資格を有しています。',
    'LINEで予約を受け付けています。キャンペーン等は行っておりません。',
    'ビタミン点滴に風邪を予防する効果があるという科学的根拠はありません。',
    'Q. 何歳まで受けられますか？\nA. 年齢の上限はありませんが、持病やお薬によっては受けられない場合があります。',
    'EMSによる筋肉への刺激は、運動の代わりにはなりません。',
    '膝に水がたまる場合、原因によっては関節穿刺（注射で抜くこと）が必要です。',
    'オンライン診療でも、医師の診察を経て処方します。初回は対面診療が必要な薬もあります。',
    '高濃度ビタミンC点滴のがん患者への効果については、複数の臨床試験で明らかな延命効果は示されていません。',
    '骨盤のゆがみと不調の関係について、医学的に明確な根拠はありません。',
    '風邪は万病のもとと言います。早めに休養をとりましょう。',
    'モニター募集を装い、高額な契約を結ばせる手口に注意が必要だ。',
    '当院の幹細胞治療の実施件数は、再生医療等提供計画の定期報告で厚生労働省に報告しています。',
    'GLP-1受容体作動薬は、食欲を抑える作用がある一方で、吐き気や便秘などの副作用があります。',
    '喘息の治療は、吸入ステロイド薬による長期管理が基本です。自己判断で中止しないでください。',
    'ほうれい線の治療法には、ヒアルロン酸注入、糸リフト、ハイフなどがあります。それぞれにリスクがあります。',
    '副作用として吐き気を感じる方が約2割いらっしゃいます。',
    '花粉症の症状を和らげる薬には、眠気が出るものもあります。',
    '花粉症は、毎年症状が出なくなることはまれで、長期的な付き合いが必要な病気です。',
    'かつて不治の病とされた結核も、治療法の進歩で多くは治る病気になった。',
    'ご希望の仕上がりを叶えられるよう、カウンセリングで丁寧にお話を伺います。',
    '皆様のおかげで、当院は開院10周年を迎えることができました。',
    '理想の体型は人それぞれです。無理な減量は健康を損なうおそれがあります。',
    'リベルサスは、2型糖尿病の治療薬です。当院では糖尿病の治療目的でのみ処方しています。',
    'GLP-1ダイエットの効果と副作用について、日本肥満学会は慎重な判断を求めている。',
    '注射の痛みが心配な方は、事前にスタッフにお伝えください。冷却などで痛みを和らげる工夫をしています。',
]


@pytest.mark.parametrize("category, text", VIOLATING)
def test_violating_copy_asserts_its_category(category: str, text: str) -> None:
    assert "asserted" in statuses(text, category), f"false negative {category}: {text!r}"


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_text_has_no_finding(text: str) -> None:
    assert charged(text) == [], f"false positive: {text!r}"


@pytest.mark.parametrize(
    "text, category, status",
    [
        # 間違いのない is certainty: it no longer negates the authority claim before it
        ("専門医が監修した、間違いのない二重術。", "AUTHORITY_APPEAL", "asserted"),
        # 〜も夢じゃない promises; the ない in it is no negation
        ("マイナス10歳も夢じゃない！", "ANTI_AGING_REJUVENATION", "asserted"),
        # a real negation still negates
        ("この点滴で10歳若返るわけではありません。", "ANTI_AGING_REJUVENATION", "negated"),
    ],
)
def test_status_of_the_claim(text: str, category: str, status: str) -> None:
    assert status in statuses(text, category)


@pytest.mark.parametrize(
    "text, category",
    [
        ("【症例モニター募集】目の下のクマ取り、モニター価格で通常の半額！", "BEFORE_AFTER"),
        ("月に1度のプラセンタ注射で、風邪知らずの冬を。", "CURE_TREATMENT_CLAIM"),
    ],
)
def test_construction_does_not_spill_into_a_neighbouring_category(text: str, category: str) -> None:
    """A recruitment heading is no case caption; keeping colds away is prevention, not a cure."""
    assert "asserted" not in statuses(text, category)


@pytest.mark.parametrize(
    "category, text",
    [
        ('CURE_TREATMENT_CLAIM', '花粉症の季節に。ヒスタグロビン注射で、つらい鼻水・くしゃみから解放されましょう。'),
        ('CURE_TREATMENT_CLAIM', 'AGAは進行性。でもフィナステリドを飲めば進行をストップできます。'),
        ('WEIGHT_LOSS_CLAIM', '二の腕がほっそり！脂肪溶解注射の効果です。'),
        ('CURE_TREATMENT_CLAIM', '鍼灸で自律神経を整えれば、冷え性もむくみも改善。'),
    ],
)
@pytest.mark.xfail(strict=True, reason="known gap: the disease or the product stands in the previous or next sentence (cues and needs look inside one sentence); 冷え性 and むくみ are no CONDITION entities")
def test_known_recall_gaps(category: str, text: str) -> None:
    assert "asserted" in statuses(text, category)


@pytest.mark.parametrize(
    "category, text",
    [
        ('SAFETY_ABSOLUTE', 'PRP療法は、自己の血液を使うため副作用がほとんどなく、スポーツ選手にも人気です。'),
    ],
)
@pytest.mark.xfail(strict=True, reason="known gap: the longer own-cells pattern (自己の血液を使うため…副作用) wins the overlap and is negated by the なく after its last named word, hiding the asserted 副作用がほとんどなく")
def test_known_overlap_gap(category: str, text: str) -> None:
    assert "asserted" in statuses(text, category)


@pytest.mark.parametrize("text", [
    '症例写真（40代女性・ヒアルロン酸注入）：治療内容 ほうれい線への注入1本、費用 77,000円、リスク 内出血・腫れ・感染・血管塞栓。',
    'NAD+点滴：1回 33,000円（税込・自由診療）。未承認医薬品等であり、期待される効果や副作用には個人差があります。',
    '【自由診療】幹細胞上清液点滴 1回 55,000円（税込）。主なリスク：内出血、発熱、アレルギー反応。効果・安全性は確立されていません。',
])
@pytest.mark.xfail(strict=True, reason="known gap: a case photo or a fee line that carries the 限定解除 disclosure (内容・費用・リスク, 未承認) is still charged; telling it apart needs a document-level check of the disclosure")
def test_known_precision_gaps(text: str) -> None:
    assert charged(text) == []
