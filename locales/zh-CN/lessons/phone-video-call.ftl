# 课程：和家人视频通话（学用手机，第 2 课）
phone-video-call-title = 和家人视频通话
phone-video-call-remember = 视频里的人也可能是假的：一说到钱，先挂断，再打熟悉的号码问清楚。

phone-video-call-explain-1 = 视频通话能让您看着家人的脸聊天。家人打来时，手机会响，屏幕上会显示他的名字。

phone-video-call-sim-1-instruction = 您的孙女打来视频电话了。请点接听，和她见面聊聊天。
phone-video-call-sim-1-caller = 孙女（视频通话）
phone-video-call-sim-1-number = 010-0000-0001
phone-video-call-sim-1-answer = 接通了！现在您能看到孙女，她也能看到您。
phone-video-call-sim-1-decline = 这样会挂断电话。没关系，您可以再打回去。这一步请点接听。

phone-video-call-explain-2 = 想给家人打视频：打开微信，点开和家人的聊天，点右下角的“＋”，再点“视频通话”。
phone-video-call-explain-3 = 通话时，把手机拿稳，让脸对着屏幕。坐在亮一点的地方，家人看您更清楚。
phone-video-call-explain-4 = 要当心：现在的 AI 技术能假冒家人的脸和声音。视频里有人向您要钱，一定要先核实。

phone-video-call-sim-2-instruction = 一个新号码发来消息，自称是您的孙子，急着要钱。请先给您信得过的家人打电话核实。
phone-video-call-sim-2-agent = 孙子（新号码）
phone-video-call-sim-2-message-1 = 是我呀，我换新号码了。刚才视频信号不好，没看清吧？
phone-video-call-sim-2-message-2 = 我出了点急事，马上要两万块钱，千万别告诉我爸妈。
phone-video-call-sim-2-message-3 = 银行发给您的验证码，也发给我一下。
phone-video-call-sim-2-call-contact = 做得对！用您熟悉的号码给家里人打个电话，真假马上就清楚了。
phone-video-call-sim-2-refuse = 不理他是安全的。不过最好再给家人打个电话，确认孩子平平安安。
phone-video-call-sim-2-share-screen = 共享屏幕后，对方能看到您手机上的一切，包括密码和验证码。陌生号码的要求，先别答应。
phone-video-call-sim-2-send-code = 验证码就像您钱包的钥匙，给了别人，钱就可能被转走。请先给家人打电话核实。

phone-video-call-q-1 = 视频里的“孙子”说急需用钱，让您马上转账，还不让告诉别人。您怎么做？
phone-video-call-q-1-a-1 = 看到了他的脸，应该是真的，马上转账
phone-video-call-q-1-a-1-feedback = 脸和声音现在都能造假，光看视频还不够。先挂断，再打熟悉的号码核实。
phone-video-call-q-1-a-2 = 先挂断，再用熟悉的号码打给他或他爸妈
phone-video-call-q-1-a-2-feedback = 完全正确！用您熟悉的号码打回去问一问，最稳妥。
phone-video-call-q-1-a-3 = 听他的，不告诉家里人
phone-video-call-q-1-a-3-feedback = “别告诉别人”正是骗局的信号，骗子最怕您告诉家人。请马上和家人说。
