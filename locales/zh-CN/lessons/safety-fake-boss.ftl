# 课程：冒充领导、老朋友（防范诈骗）
safety-fake-boss-title = 冒充领导、老朋友
safety-fake-boss-remember = 网上一提借钱，先打他原来的电话问清楚。

safety-fake-boss-explain-1 = 有的骗子会冒充您的老领导、老同事、老同学。他从网上抄来名字和头像，用一个新微信加您。看着和真的一模一样。
safety-fake-boss-explain-2 = 加上以后，他不急着要钱。先问您身体好不好，聊聊从前的事。过几天，他突然说急用钱：“我在开会，不方便接电话。你先帮我转一下，明天就还你。”
safety-fake-boss-explain-3 = 您要是不放心，他还会打个视频。画面一闪，说信号不好，就挂了。现在用电脑能换脸，也能学声音。2023年，包头的警察讲过一件事：一位老板和“好朋友”视频，看着就是本人。他转出了四百三十万元，后来才知道，那张脸是换的。
safety-fake-boss-explain-4 = 记住一条：网上谁找您借钱、让您转钱，都先打他原来的电话问。要打您手机里早就存好的号码，不打他新给的号码。他说不方便接，也要打。能当面问，就当面问。问清楚以前，一分钱也不转。

safety-fake-boss-p1 = 微信上有人加您好友。您的通讯录里，早就有老同学王建国了。您怎么做？
safety-fake-boss-p1-title = 新的朋友
safety-fake-boss-p1-name = 王建国
safety-fake-boss-p1-note = 老同学，我是建国啊！换了新微信，快通过一下。
safety-fake-boss-p1-accept = 接受
safety-fake-boss-p1-reject = 拒绝
safety-fake-boss-p1-reject-fb = 做得对！您已经有建国的微信了，又来一个新的，很可能是冒充的。想弄明白，就打他原来的电话问一声：“你换微信了吗？”
safety-fake-boss-p1-accept-fb = 先别急着通过。您已经有建国的微信了，这个新的可能是骗子。请点拒绝，再打他原来的电话问问，是不是真换了。
safety-fake-boss-p1-family-fb = 很好！问问家人，一起看看。先别通过，打建国原来的电话问一声就清楚了。

safety-fake-boss-p2 = 您加了一个“老领导张处长”。过了几天，他发来这些消息。您怎么回？
safety-fake-boss-p2-title = 张处长
safety-fake-boss-p2-m1 = 老李，好久不见！最近身体怎么样？
safety-fake-boss-p2-m2 = 挺好的，谢谢张处长惦记。
safety-fake-boss-p2-m3 = 我正在开会，不方便接电话。有个朋友急用钱，我这边转不了。你先帮我转两万块给他，明天就还你。
safety-fake-boss-p2-m4 = 别打电话了，会上不能接。转好了，截个图发给我。
safety-fake-boss-p2-send = 好，我这就转
safety-fake-boss-p2-call = 我先打您原来的电话问一下
safety-fake-boss-p2-account = 您把他的账号发给我
safety-fake-boss-p2-call-fb = 做得对！真领导不会怪您问一句。打他原来存的号码，一问就清楚。问清楚以前，一分钱也不转。
safety-fake-boss-p2-send-fb = 先别转，钱转出去很难追回来。“不方便接电话”正是骗子的说法。请打张处长原来存的号码问一问。
safety-fake-boss-p2-account-fb = 要账号，就是准备让您转钱了。先别管账号，打张处长原来存的号码，问问是不是他。
safety-fake-boss-p2-family-fb = 很好！先和家人说一说。再打张处长原来存的号码问清楚，问清楚以前不转钱。

safety-fake-boss-q-1 = “老领导”在微信上说：“我在开会，别打电话，你先帮我转钱。”您怎么办？
safety-fake-boss-q-1-a-1 = 不打扰他，先把钱转过去
safety-fake-boss-q-1-a-1-feedback = 先别转。不让您打电话，就是怕您问出真相。请打他原来存的号码问一问。
safety-fake-boss-q-1-a-2 = 照样打他原来的电话，问清楚再说
safety-fake-boss-q-1-a-2-feedback = 答对了！打原来存的号码，接电话的才是他本人。
safety-fake-boss-q-1-a-3 = 在微信上多问他几句就行
safety-fake-boss-q-1-a-3-feedback = 微信那头可能就是骗子，他会编好话回答您。要打他原来存的电话，才问得清楚。

safety-fake-boss-p3 = 一个微信视频打来，画面里是老同学王建国，可是一直卡。您怎么做？
safety-fake-boss-p3-status = 画面卡顿
safety-fake-boss-p3-caller = 王建国
safety-fake-boss-p3-says = 你看，是我吧？信号不好，我先挂了。钱我急用，你快转到我发的账户上。
safety-fake-boss-p3-voice = 切到语音通话
safety-fake-boss-p3-hang-up-fb = 做得对！看见他的脸，也不一定是他，脸能用电脑换。挂断以后，打建国原来存的号码问一问。
safety-fake-boss-p3-voice-fb = 换成语音，还是这个人在要钱，声音也能学得很像。请挂断，打建国原来存的号码问清楚。
safety-fake-boss-p3-family-fb = 很好！先挂断视频，再和家人说一说。然后打建国原来存的号码问清楚。

safety-fake-boss-p4 = 手机响了。打来的是您存了很多年的老同学王建国的号码。您怎么做？
safety-fake-boss-p4-caller = 老同学 王建国
safety-fake-boss-p4-answer-fb = 做得对！这是他原来的号码，是他本人。他约您周末去老地方喝茶，一句钱也没提，放心聊吧。还可以顺便问问他：“你换微信了吗？”
safety-fake-boss-p4-decline-fb = 这是您存好的老同学的号码，可以放心接。挂了也没关系，给他回个电话就行。
safety-fake-boss-p4-family-fb = 问家人也可以。不过这是您存好的老同学的号码，又没提钱，放心接就好。

safety-fake-boss-q-2 = 视频里，您看见了老朋友的脸，也听见了他的声音。他找您借钱。这就一定是他吗？
safety-fake-boss-q-2-a-1 = 一定是，我亲眼看见了
safety-fake-boss-q-2-a-1-feedback = 现在用电脑能换脸、学声音，看着像也可能是假的。挂断以后，打他原来存的号码问一问。
safety-fake-boss-q-2-a-2 = 不一定。挂断，打他原来的电话问清楚
safety-fake-boss-q-2-a-2-feedback = 答对了！脸和声音都能造假，原来存的号码才靠得住。
safety-fake-boss-q-2-a-3 = 让他多说几句话，就能听出真假
safety-fake-boss-q-2-a-3-feedback = 假的声音，说多少句也很像，听不出来。最稳的是挂断，打他原来存的号码。

safety-fake-boss-explain-5 = 要是已经转了钱，马上打110报警，再告诉家人。拿不准的时候，可以打96110问一问。老朋友用原来的号码打来，只是聊天、约喝茶，不提钱，放心接就好。
