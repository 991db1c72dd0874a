# 课程：说话代替打字（学用手机）
phone-voice-input-title = 说话代替打字
phone-voice-input-remember = 点键盘上的小话筒，说的话就变成字。看一遍，字对了再发送。

phone-voice-input-explain-1 = 打字慢，拼音记不住？可以说话代替打字。您对着手机说，手机把话变成字，写在输入框里。回微信，找东西，只要出来键盘，都能这样用。
phone-voice-input-explain-2 = 先点一下最下面的输入框，键盘就出来了。键盘上有个小话筒。点一下小话筒，就可以说话了。
phone-voice-input-explain-3 = 华为、小米、OPPO、vivo、荣耀的键盘不太一样。小话筒有的在空格旁边，有的在键盘最上面一排。找不到小话筒，很多手机按住空格键也能说，说完松手。还找不到，请家人帮您看看。
phone-voice-input-explain-4 = 说的时候，手机离嘴近一点。慢慢说，一句一句说。周围安静些，手机听得更准。说完停一停，字就出来了。

phone-voice-input-daughter = 女儿 小丽
phone-voice-input-son = 儿子 小明
phone-voice-input-field = 发消息
phone-voice-input-btn-mic = 话筒
phone-voice-input-btn-space = 空格
phone-voice-input-btn-emoji = 表情

phone-voice-input-p1 = 女儿问您晚上想吃什么。您想说话回她，不想打字。请点键盘上的小话筒。
phone-voice-input-p1-m1 = 妈，晚上想吃什么？我下班顺路买。
phone-voice-input-p1-mic-fb = 对了！在真手机上，小话筒一亮，就可以说了。对着手机慢慢说：想吃饺子，买点韭菜。
phone-voice-input-p1-space-fb = 这是空格键。有的手机要按住它说话。这个键盘上有小话筒，点小话筒就行。
phone-voice-input-p1-emoji-fb = 这是发小表情的，比如一个笑脸。想说话打字，点键盘上的小话筒。

phone-voice-input-explain-5 = 第一次点小话筒，手机会问一句：让不让输入法用麦克风。输入法就是打字的键盘，麦克风就是话筒。输入法要用它听您说话，才能把话变成字。

phone-voice-input-p2 = 您第一次点了键盘上的小话筒，屏幕上跳出来一个问题。您怎么做？
phone-voice-input-p2-dialog-title = 要允许“输入法”使用麦克风吗？
phone-voice-input-p2-dialog-text = 输入法要用麦克风，把您说的话变成字。
phone-voice-input-btn-this-time = 本次使用允许
phone-voice-input-p2-allow-once-fb = 做得对！是您自己点的小话筒，可以让输入法用。选这一个，只有您说话打字的时候，它才能听。
phone-voice-input-p2-this-time-fb = 也可以，这次就能说话打字了。只是下次点小话筒，手机还会再问一遍。
phone-voice-input-p2-deny-fb = 拒绝了，小话筒就用不了，没法说话打字。这是您自己刚点的小话筒，可以允许，点“仅在使用中允许”就行。
phone-voice-input-p2-volunteer-fb = 问问志愿者很好。这是您自己刚点的小话筒，输入法要用它听您说话，可以允许。

phone-voice-input-explain-6 = 要分清：是您自己点了小话筒，才让输入法用麦克风。不认识的APP要用话筒、要读短信、要看屏幕，就点拒绝。在《只在应用商店装APP，看清权限》这一课里还会细讲。

phone-voice-input-explain-7 = 字出来了，先别急着发。手机有时会听错。从头到尾看一遍，时间、地点、数字最要紧。都对了，再点发送。

phone-voice-input-p3 = 您对着小话筒说：想吃饺子，买点韭菜。字已经出现在框里了。看一看，您怎么做？
phone-voice-input-p3-typed = 想吃饺子，买点韭菜。
phone-voice-input-p3-send-fb = 做得对！框里的字和您说的一样。发出去，女儿就知道晚上买什么了。
phone-voice-input-p3-delete-fb = 框里的字和您说的一模一样，不用删。看对了，就点发送。
phone-voice-input-p3-mic-fb = 字已经对了，不用再说一遍。再说，新的字会接在后面。看对了，就点发送。

phone-voice-input-explain-8 = 有字错了，也不怕。错得多，就按删除键，把字删掉，再点小话筒说一遍。只错一两个字，点一下错字的后面，按删除，再说或者打出对的字。

phone-voice-input-p4 = 儿子问您几点到。您对着小话筒说：明天上午十点到，在出站口等我。字出来了。看一看，您怎么做？
phone-voice-input-p4-m1 = 妈，您明天几点到？我去车站接您。
phone-voice-input-p4-typed = 明天上午4点到，在出站口等我。
phone-voice-input-p4-delete-fb = 做得对！您说的是十点，框里写成了四点。按删除，把错字删掉，再说一遍。看对了再发。
phone-voice-input-p4-send-fb = 先别发。您说的是十点，框里写成了四点，儿子就会弄错时间。先按删除，把错字改对，再发。发错了也不要紧，马上再发一句：是上午十点。
phone-voice-input-p4-mic-fb = 直接再说一遍，新的字会接在后面，写错的四点还在。先按删除，把错的删掉，再点小话筒说。

phone-voice-input-q-1 = 您说完了，字出现在框里。接下来先做什么？
phone-voice-input-q-1-a-1 = 马上点发送
phone-voice-input-q-1-a-1-feedback = 先别急。手机有时会听错字。从头看一遍，对了再发。
phone-voice-input-q-1-a-2 = 从头看一遍，字对了再发
phone-voice-input-q-1-a-2-feedback = 答对了！看一遍只要几秒钟，家人就不会看错。
phone-voice-input-q-1-a-3 = 再说一遍，说得越多越准
phone-voice-input-q-1-a-3-feedback = 再说一遍，新的字会接在后面，反而更乱。先看一看，字对了就发。

phone-voice-input-q-2 = 手机把您说的“十点”写成了“四点”。怎么办？
phone-voice-input-q-2-a-1 = 不用管，家人能猜出来
phone-voice-input-q-2-a-1-feedback = 家人可能猜不出来，会按四点来接您。把错字删掉，改对了再发。
phone-voice-input-q-2-a-2 = 按删除，把错字改对，再发
phone-voice-input-q-2-a-2-feedback = 答对了！时间、地点、数字，错了一定要改。
phone-voice-input-q-2-a-3 = 以后再也不说话打字了
phone-voice-input-q-2-a-3-feedback = 别灰心，手机偶尔听错很正常。删掉错字，慢一点再说一遍就好。

phone-voice-input-explain-9 = 说家乡话，手机可能听不准。有的输入法能选方言，比如粤语、四川话，可以请家人帮您设好。
phone-voice-input-explain-10 = 还要记住：密码、验证码不要说出来，旁边的人会听到，也不要发给别人。在《验证码不告诉任何人》这一课里还会细讲。
