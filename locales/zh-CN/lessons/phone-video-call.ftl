# 课程：和家人视频通话（学用手机）
phone-video-call-title = 和家人视频通话
phone-video-call-remember = 在聊天里点加号，再点视频通话。家人打来，点绿色的按钮接听。

phone-video-call-explain-1 = 想看看孩子和孙辈，可以视频通话。打开微信，找到孩子的聊天，点右下角的加号，再点“视频通话”。
phone-video-call-explain-2 = 家人打视频来，屏幕上会出现他的头像和名字。点绿色的按钮就接通了，点红色的按钮是挂断。

phone-video-call-p1 = 您想和儿子视频聊天。加号已经点开了，请点视频通话。
phone-video-call-p1-title = 儿子 小明
phone-video-call-p1-m1 = 妈，周末我们带孩子回去看您。
phone-video-call-p1-m2 = 好呀，想孙子了。
phone-video-call-p1-photo = 相册
phone-video-call-p1-video-fb = 对了！点了视频通话，儿子那边就会响。等他接起来，你们就能看见对方了。
phone-video-call-p1-voice-fb = 这是语音通话，只能听声音，看不见人。想看见儿子，点视频通话。
phone-video-call-p1-photo-fb = 这是发照片的。想和儿子视频，点视频通话。

phone-video-call-p2 = 手机响了，屏幕上是儿子的照片和名字。您怎么做？
phone-video-call-p2-caller = 儿子 小明
phone-video-call-p2-invite = 邀请您视频通话
phone-video-call-p2-answer-fb = 做得对！点绿色的按钮，视频就接通了。把手机拿远一点，儿子就能看清您的脸。
phone-video-call-p2-decline-fb = 红色的按钮是挂断。挂了也没关系，可以在聊天里点视频通话，再打回去。

phone-video-call-q-1 = 一个新号码发来视频，画面里的“孙子”一直卡，一开口就借钱。您怎么办？
phone-video-call-q-1-a-1 = 孙子急用，马上转钱
phone-video-call-q-1-a-1-feedback = 先别转钱。现在骗子能用电脑假冒人的脸和声音。挂断，打孙子原来的号码问问。
phone-video-call-q-1-a-2 = 挂断，打孙子原来的号码问清楚
phone-video-call-q-1-a-2-feedback = 答对了！视频也能造假。一提借钱，就打他原来的号码问。安全课里还会细讲这种骗局。
phone-video-call-q-1-a-3 = 让他把银行卡号发过来
phone-video-call-q-1-a-3-feedback = 先别管卡号。视频里的人可能是假的。挂断，打孙子原来的号码问一问。
