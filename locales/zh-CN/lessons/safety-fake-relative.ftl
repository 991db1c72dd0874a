# 课程：冒充子女孙辈、AI换脸变声（防范诈骗）
safety-fake-relative-title = 冒充子女孙辈、AI换脸变声
safety-fake-relative-remember = 一提钱，就挂断，再打手机里存好的号码问清楚。

safety-fake-relative-explain-1 = 有一种骗局，专找爷爷奶奶。电话里的“孙子”哭着说：“奶奶，是我，我出事了。”他说撞了人、被抓了，或者住院了。他要您马上打钱，还不让告诉他爸妈。
safety-fake-relative-explain-2 = 说着说着，常会换一个人来接电话，说自己是警察、老师或者医生，催您快点转钱。骗子还爱说：“我换号了。”所以打来的，是一个新号码。
safety-fake-relative-explain-3 = 现在用电脑，能学会一个人的声音，也能把脸换成别人的脸。网上几秒钟的视频就够了。视频里看着像、听着也像，也可能是假的。
safety-fake-relative-explain-4 = 怎么办？只要一提钱，就说：“我一会儿打给你。”然后挂断。再打手机里存好的孙子的号码，或者打给他爸妈。也可以问一件只有真孙子知道的家里小事。

safety-fake-relative-p1 = 一个新微信说是您孙子小军。他一提钱，先别转。这次请回复：我先打你原来的电话。
safety-fake-relative-p1-title = 小军
safety-fake-relative-p1-m1 = 奶奶，我是小军。我手机丢了，这是我新的微信。
safety-fake-relative-p1-m2 = 我在外地出了点事，急需两万块钱。您先转给我，千万别告诉我爸妈。
safety-fake-relative-p1-send = 好，我马上转给你
safety-fake-relative-p1-call = 我先打你原来的电话
safety-fake-relative-p1-card = 你把银行卡号发给我
safety-fake-relative-p1-call-fb = 做得对！打小军原来存的号码，是不是他，一问就知道。问清楚以前，一分钱也不转。
safety-fake-relative-p1-send-fb = 先别转。这个新微信可能是骗子。请回一句：我先打你原来的电话。然后打小军存好的号码问问。
safety-fake-relative-p1-card-fb = 要卡号，就是准备让您转钱。先别管卡号，打小军原来存的号码，问问是不是他。
safety-fake-relative-p1-family-fb = 很好！打给家人，问问小军是不是真出事了。问清楚以前，一分钱也不转。

safety-fake-relative-p2 = 一个新号码打来视频。画面里像是您孙子，可是一直卡。您怎么做？
safety-fake-relative-p2-status = 画面卡顿
safety-fake-relative-p2-caller = 新号码
safety-fake-relative-p2-says = 奶奶，是我！我开车撞了人，要赔五万块。求您了，快转给我！
safety-fake-relative-p2-voice = 切到语音通话
safety-fake-relative-p2-hang-up-fb = 做得对！视频里的脸也能造假。一提钱，就挂断。再打小军存好的号码，问问他在哪儿。
safety-fake-relative-p2-voice-fb = 换成语音，还是这个人在要钱，声音也能学得很像。一提钱，就挂断，再打小军存好的号码。
safety-fake-relative-p2-family-fb = 很好！先挂断视频，再打给家人，问问小军是不是真出事了。

safety-fake-relative-rp-intro = 现在练一练接这样的电话。对方说一句，您就选一个做法。不着急，慢慢选。
safety-fake-relative-rp-caller = 陌生号码
safety-fake-relative-rp-debrief = 真孙子出了事，不会不让您告诉他爸妈，也不会只催您转钱。一提钱，就说“我一会儿打给你”，然后挂断。再打手机里存好的号码问清楚。问清楚以前，一分钱也不转。

safety-fake-relative-rp-1 = 奶奶，是我呀！我出事了，您快救救我！
safety-fake-relative-rp-1-phrase = 奶奶，是我，我出事了
safety-fake-relative-rp-1-hang-up = 挂断，打孙子存好的号码
safety-fake-relative-rp-1-hang-up-fb = 做得对！打您存好的号码，就知道他是不是真出事了。
safety-fake-relative-rp-1-ask = 问他：咱家小猫叫什么名字？
safety-fake-relative-rp-1-ask-fb = 问得好。只有真孙子答得上来。骗子多半会找借口，不回答。
safety-fake-relative-rp-1-go-along = 小军？你怎么了？快说！
safety-fake-relative-rp-1-go-along-fb = 先别说出孙子的名字，骗子正等着您说。您可以随时挂断，打存好的号码问。

safety-fake-relative-rp-2 = 奶奶，我开车撞了人，现在在派出所。千万别告诉我爸妈，他们会骂死我的！
safety-fake-relative-rp-2-phrase = 千万别告诉我爸妈
safety-fake-relative-rp-2-hang-up = 挂断，给他爸妈打电话
safety-fake-relative-rp-2-hang-up-fb = 做得对！不让告诉爸妈，就是怕您问清楚。给他爸妈打个电话，一问就明白。
safety-fake-relative-rp-2-ask = 问他：你的声音怎么不太一样？
safety-fake-relative-rp-2-ask-fb = 问得好。骗子会说感冒了、信号不好。声音能用电脑学，像也别急着信。
safety-fake-relative-rp-2-go-along = 好，奶奶谁也不告诉。
safety-fake-relative-rp-2-go-along-fb = 不让告诉家人，就是怕有人提醒您。这时候最该挂断，打给他爸妈。

safety-fake-relative-rp-3 = 您好，我是交警队的。您孙子撞伤了人，对方同意私了，赔三万块就不用坐牢。
safety-fake-relative-rp-3-phrase = 我是交警队的
safety-fake-relative-rp-3-hang-up = 挂断，自己打110问
safety-fake-relative-rp-3-hang-up-fb = 做得对！真交警不会在电话里让您转钱。挂断后自己打110，一问就清楚。
safety-fake-relative-rp-3-ask = 问他：哪个交警队？我去当面说。
safety-fake-relative-rp-3-ask-fb = 问得好。您看，他不会让您去。真有事，都能当面去办。
safety-fake-relative-rp-3-go-along = 那钱转到哪里？
safety-fake-relative-rp-3-go-along-fb = 先别问转到哪里。电话里让您私下转钱的“交警”，和骗子是一伙的。挂断，打110。

safety-fake-relative-rp-4 = 奶奶，求求您了！一个小时内不转钱，我就要坐牢了！
safety-fake-relative-rp-4-phrase = 一个小时内不转钱
safety-fake-relative-rp-4-hang-up = 说“我一会儿打给你”，挂断，打存好的号码
safety-fake-relative-rp-4-hang-up-fb = 做得对！哭得再急，也先挂断。打存好的号码，几分钟就问清楚了，什么都不耽误。
safety-fake-relative-rp-4-ask = 问他：你原来的号码怎么打不通？
safety-fake-relative-rp-4-ask-fb = 问得好。他会说手机丢了。您不用听他解释，挂断，打给他爸妈问问。
safety-fake-relative-rp-4-go-along = 别哭，奶奶这就去转钱。
safety-fake-relative-rp-4-go-along-fb = 先别转，钱转出去很难追回来。他越催，您越要停下。挂断，打存好的号码问清楚。

safety-fake-relative-p3 = 手机响了。看看是谁打来的。您怎么做？
safety-fake-relative-p3-caller = 孙子 小军
safety-fake-relative-p3-invite = 邀请您视频通话
safety-fake-relative-p3-answer-fb = 做得对！这是您手机里存好的小军，用的是他平常的微信。他只是想给您看看新家，不提钱，放心聊吧。
safety-fake-relative-p3-decline-fb = 这是您存好的小军打来的，可以放心接。挂了也没关系，在聊天里点视频通话，再打回去就行。
safety-fake-relative-p3-family-fb = 问家人也可以。不过这是您存好的小军，没提钱，放心接就好。

safety-fake-relative-p4 = 一个陌生人加了您的微信，发来这些消息。您怎么回？
safety-fake-relative-p4-title = 李老师
safety-fake-relative-p4-m1 = 奶奶，我是婷婷，我好疼，您快帮帮我……
safety-fake-relative-p4-m2 = 我是婷婷的班主任李老师。婷婷在学校摔伤了，正在医院抢救。
safety-fake-relative-p4-m3 = 要先交三万块押金才能手术。您把钱转给我，我先替她交上。
safety-fake-relative-p4-send = 好，我马上转给您
safety-fake-relative-p4-parents = 我先给婷婷爸妈打个电话
safety-fake-relative-p4-account = 您把医院的账号发给我
safety-fake-relative-p4-parents-fb = 做得对！婷婷真出事，她爸妈一定知道。打他们存好的号码，一问就清楚。
safety-fake-relative-p4-send-fb = 先别转。语音里的声音也能用电脑学出来，这个“老师”可能是骗子。请先给婷婷爸妈打电话。
safety-fake-relative-p4-account-fb = 这个账号也是他给的，可能就是骗子的。先别转，给婷婷爸妈打电话问清楚。
safety-fake-relative-p4-family-fb = 很好！打给家人，问问婷婷是不是真出事了。问清楚以前，一分钱也不转。

safety-fake-relative-q-1 = 视频里的“孙子”，脸和声音都很像。他说急用钱。这就一定是他吗？
safety-fake-relative-q-1-a-1 = 一定是，脸和声音都对
safety-fake-relative-q-1-a-1-feedback = 现在用电脑能学人的脸和声音，看着像也可能是假的。一提钱，就挂断，打他存好的号码。
safety-fake-relative-q-1-a-2 = 不一定。挂断，打他存好的号码问问
safety-fake-relative-q-1-a-2-feedback = 答对了！脸和声音都能造假，存好的号码才靠得住。
safety-fake-relative-q-1-a-3 = 让他转转头、眨眨眼，就能看出真假
safety-fake-relative-q-1-a-3-feedback = 现在的假视频，转头眨眼也能做到，看不出来。最稳的是挂断，打他存好的号码。

safety-fake-relative-q-2 = “孙子”用新号码打来，说：“我换号了。”后来又说急用钱。您打哪个号码问？
safety-fake-relative-q-2-a-1 = 就打这个新号码
safety-fake-relative-q-2-a-1-feedback = 打这个新号码，接电话的还是骗子。要打您手机里原来存的号码。
safety-fake-relative-q-2-a-2 = 打手机里原来存的号码，或者打给他爸妈
safety-fake-relative-q-2-a-2-feedback = 答对了！原来存的号码，才能找到真孙子。
safety-fake-relative-q-2-a-3 = 打“警察”“老师”留下的电话
safety-fake-relative-q-2-a-3-feedback = 他们留的电话，可能和骗子是一伙的。要打您自己存好的号码，才问得清楚。

safety-fake-relative-explain-5 = 要是已经转了钱，马上打110，再告诉家人。平时也和孩子们说好：谁在电话里借钱，都先打存好的号码对一对。
