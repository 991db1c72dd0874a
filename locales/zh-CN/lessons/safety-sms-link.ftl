# 课程：带链接的短信（防范诈骗，第 3 课）
safety-sms-link-title = 带链接的短信
safety-sms-link-remember = 短信里的链接不要点。要查什么，就自己打开官方应用。

safety-sms-link-explain-1 = 骗子会发短信，假装是快递、银行或者中奖通知，催您点里面的链接。
safety-sms-link-explain-2 = 链接打开的是假网页，看着很像真的，会让您填银行卡号、密码和验证码。

safety-sms-link-sim-1-instruction = 您收到一条快递短信。请读一读，然后选一个安全的做法。
safety-sms-link-sim-1-sender = 快递中心 010-0000-0000
safety-sms-link-sim-1-body = 您的包裹地址不详，无法派送。请在 24 小时内点击链接更新地址，否则将退回。
safety-sms-link-sim-1-link = http://parcel-address.example
safety-sms-link-sim-1-official-app = 做得对！打开快递或购物的官方应用，包裹到了哪里，一看就知道。
safety-sms-link-sim-1-delete = 很好！删掉可疑短信很安全。想查包裹，可以打开官方应用看看。
safety-sms-link-sim-1-link-tap = 这个链接会打开假网页，骗您填卡号和密码。短信催您“马上点”，先别点。

safety-sms-link-sim-2-instruction = 又来一条短信，说银行积分要清零了。想查积分，请打开银行的官方应用。
safety-sms-link-sim-2-sender = 银行通知 010-0000-0001
safety-sms-link-sim-2-body = 您的积分今天到期清零，请立即点击链接兑换现金红包。
safety-sms-link-sim-2-link = http://bank-points.example
safety-sms-link-sim-2-official-app = 做得对！在银行自己的应用里查，积分是真是假，一清二楚。
safety-sms-link-sim-2-delete = 删掉短信很安全。不过这一步想查积分，请打开银行的官方应用。
safety-sms-link-sim-2-link-tap = 这是假网页的链接，会骗走您的银行卡信息。银行的事，到官方应用里去办。

safety-sms-link-explain-3 = 想核实，就自己打开官方应用，或者打银行卡背面的电话。别打短信里留的号码。

safety-sms-link-q-1 = 短信说您中了大奖，要点链接领奖，还要先交一点手续费。您怎么做？
safety-sms-link-q-1-a-1 = 点开看看，不填信息就没事
safety-sms-link-q-1-a-1-feedback = 点开后，假网页会一步步引您填信息、装软件。不点最安全。
safety-sms-link-q-1-a-2 = 先交手续费，再领奖
safety-sms-link-q-1-a-2-feedback = 真中奖不会让您先交钱。要先交钱的“中奖”，都是骗局。
safety-sms-link-q-1-a-3 = 不点链接，删掉短信，或者问问家人
safety-sms-link-q-1-a-3-feedback = 答对了！没参加过的抽奖，不会平白中奖。删掉短信就好。
