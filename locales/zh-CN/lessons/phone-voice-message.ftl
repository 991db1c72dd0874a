# 课程：发语音、听语音（学用手机）
phone-voice-message-title = 发语音、听语音
phone-voice-message-remember = 发语音：按住说话，说完松手。听语音：点一下就能听。

phone-voice-message-explain-1 = 打字慢，字又小，可以发语音。您说一句话，家人就能听到您的声音。在微信的聊天里就能发。
phone-voice-message-explain-2 = 先打开和家人的聊天。最下面是写字的框，框的左边有个语音的小标志。点一下它，那里就变成“按住 说话”。再点一下，又换回打字。
phone-voice-message-explain-3 = 按住“按住 说话”，手指别松开，对着手机说。说完松开手指，语音就发出去了。
phone-voice-message-explain-4 = 说错了也不怕。手指先别松，往上滑，看到“取消”再松手，这条就不发了。一条最长一分钟，话多就分几条说。

phone-voice-message-daughter = 女儿 小丽
phone-voice-message-grandson = 孙子 乐乐
phone-voice-message-btn-keyboard = 键盘
phone-voice-message-btn-talk = 按住 说话
phone-voice-message-btn-mic = 语音
phone-voice-message-btn-emoji = 表情
phone-voice-message-btn-plus = 加号

phone-voice-message-p1 = 女儿发来消息，您想说话回她。下面已经换成了“按住 说话”。请按住它说，说完松手。
phone-voice-message-p1-m1 = 妈，今天降温了，您出门多穿点。
phone-voice-message-p1-talk-fb = 做得对！在真手机上，手指一直按着，说一句“知道了，我多穿点”。说完松手，语音就发给女儿了。
phone-voice-message-p1-keyboard-fb = 这是换回打字的。想发语音，就按住“按住 说话”，说完松手。

phone-voice-message-p2 = 孙子发来好消息。您想说话回他，不想打字。您先点哪个？
phone-voice-message-p2-m1 = 奶奶，我这次考试考了满分！
phone-voice-message-p2-mic-fb = 对了！在真手机上，它就在写字的框左边。点了它，那里就变成“按住 说话”。按住说，说完松手，孙子就能听到您夸他。
phone-voice-message-p2-emoji-fb = 这是发小表情的，比如一个笑脸。想说话回他，点语音的小标志，它在写字的框左边。
phone-voice-message-p2-plus-fb = 加号里是发照片、视频通话这些。想说话回他，点语音的小标志，它在写字的框左边。

phone-voice-message-explain-5 = 家人发来的语音，在聊天里是一个短条，上面写着几秒。没听过的，旁边有个小红点。点一下，就开始放。
phone-voice-message-explain-6 = 没听清，再点一下，从头再听一遍。声音小，按手机侧面的音量键调大。周围太吵，可以按住那条语音，点“转文字”，看字就行。

phone-voice-message-p3 = 女儿回了一条语音。听一听，您怎么回？
phone-voice-message-p3-m1 = 周末回来吃饭吗？
phone-voice-message-p3-m2 = 妈，这周六中午我们回家吃饭。您别忙，我们带菜回家。
phone-voice-message-p3-right = 好，周六中午等你们。
phone-voice-message-p3-wrong-day = 好，周日晚上等你们。
phone-voice-message-p3-cook = 好，我去买菜，做一大桌。
phone-voice-message-p3-right-fb = 对了！她说的是周六中午，您听得很仔细。
phone-voice-message-p3-wrong-day-fb = 她说的是周六中午。没听清不要紧，在真手机上再点一下那条语音，从头再听一遍。
phone-voice-message-p3-cook-fb = 她说他们带菜回家，您不用忙。没听清不要紧，再点一下那条语音，听一遍。

phone-voice-message-q-1 = 女儿发来一条语音，您想听。怎么做？
phone-voice-message-q-1-a-1 = 点一下那条语音
phone-voice-message-q-1-a-1-feedback = 答对了！点一下就开始放，再点一下就停。
phone-voice-message-q-1-a-2 = 按住那条语音不放
phone-voice-message-q-1-a-2-feedback = 按住会跳出一个小菜单，是用来转文字、删除的。想听，点一下就行。
phone-voice-message-q-1-a-3 = 点右下角的加号
phone-voice-message-q-1-a-3-feedback = 加号是发照片、打视频用的。想听语音，点一下那条语音就行。

phone-voice-message-q-2 = 您正按着“按住 说话”，说到一半，发现说错了。怎么办？
phone-voice-message-q-2-a-1 = 先松手发出去，再说一遍
phone-voice-message-q-2-a-1-feedback = 一松手，这条就发出去了。下次手指先别松，往上滑，看到“取消”再松手。已经发出去的，两分钟内可以按住它，点“撤回”。
phone-voice-message-q-2-a-2 = 手指别松，往上滑，看到“取消”再松手
phone-voice-message-q-2-a-2-feedback = 答对了！这样这条就不发了。再按住，重新说一遍就好。
phone-voice-message-q-2-a-3 = 马上关掉手机
phone-voice-message-q-2-a-3-feedback = 不用关手机。手指先别松，往上滑，看到“取消”再松手，这条就不发了。

phone-voice-message-explain-7 = 语音也可能是骗子发的。群里有人发语音借钱，哪怕说是老熟人，声音也像，也先别转。打他原来的电话，问清楚再说。

phone-voice-message-p4 = 老同学群里，一个您不熟的名字发来一条语音。您怎么做？
phone-voice-message-p4-group = 老同学群
phone-voice-message-p4-member-1 = 王建国
phone-voice-message-p4-member-2 = 阳光心情
phone-voice-message-p4-m1 = 大家周末好！下个月聚会，地方定了再告诉大家。
phone-voice-message-p4-m2 = 各位老同学，我是老周啊。家里出了急事，谁能先借我两千块？转给我就行，过几天就还。
phone-voice-message-p4-send = 好，我这就转给你
phone-voice-message-p4-check = 我先打老周原来的电话问问
phone-voice-message-p4-code = 你把收款码发给我
phone-voice-message-p4-check-fb = 做得对！一提借钱，就打他原来的电话问。是真的，再帮也不迟。
phone-voice-message-p4-send-fb = 先别转。群里的名字和声音都可能是假的，钱转出去很难要回来。先打老周原来的电话问问，或者问问家人。
phone-voice-message-p4-code-fb = 先别要收款码，扫了那个码，就是把钱付给他。不熟的人一提借钱，先打老周原来的电话问清楚。
phone-voice-message-p4-family-fb = 很好！先问问家人，最稳妥。也可以打老周原来的电话，问清楚再说。
phone-voice-message-p4-volunteer-fb = 很好！请志愿者一起看看。一提借钱，就先打他原来的电话问清楚。
