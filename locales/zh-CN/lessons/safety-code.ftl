# 课程：验证码不告诉任何人（防范诈骗）
safety-code-title = 验证码不告诉任何人
safety-code-remember = 验证码只给自己用，只填进自己打开的APP。谁来要，都不给。

safety-code-explain-1 = 验证码，是短信发来的几位数字。它像一把只能用一次的钥匙。能打开您的账户，也能转走您的钱。
safety-code-explain-2 = 验证码短信里常写着“请勿泄露”，意思是：不要告诉任何人。银行、商城、警察、快递员，都不会问您要。
safety-code-explain-3 = 谁打电话、发消息问您要验证码，谁就是骗子。他说自己是客服，或者是老朋友，也一样。

safety-code-p1 = 您没有登录优品商城，却收到了这条短信。听听短信里这一句：请勿泄露，就是不能告诉任何人。这样的短信，点删除就好。
safety-code-p1-sender = 优品商城
safety-code-p1-body = 【优品商城】验证码530817，您正在登录优品商城，5分钟内有效。请勿泄露给任何人。如非本人操作，请忽略本短信。
safety-code-p1-body-speech = 优品商城发来：验证码五三零八一七，您正在登录优品商城，五分钟内有效。请勿泄露给任何人。如果不是您本人在操作，请不要理会。
safety-code-p1-delete-fb = 做得对！您没登录，却来了验证码，说明有人在试您的账号。验证码不告诉任何人，他就进不来。
safety-code-p1-report-fb = 这条短信是商城自己发的，不用举报。它在提醒您：别告诉任何人。点删除就好。

safety-code-p2 = 过了一会儿，电话响了。对方说：“我是优品商城客服，刚给您发了验证码，念给我听，我帮您取消扣费。”您怎么做？
safety-code-p2-sms = 【优品商城】验证码530817，请勿泄露给任何人。
safety-code-p2-sms-speech = 优品商城短信：验证码五三零八一七，请勿泄露给任何人。
safety-code-p2-caller = 未知号码
safety-code-p2-status = 通话中 00:35
safety-code-p2-speaker = 免提
safety-code-p2-hang-up-fb = 做得对！要验证码的，就是骗子。真客服从来不要验证码。想查有没有扣费，就自己打开优品商城看看。
safety-code-p2-speaker-fb = 免提只是把声音放大。对方在要验证码，这就是骗子。按红色的按钮，挂断就好。
safety-code-p2-family-fb = 很好！先把这个电话挂断，再和家人说一说。验证码谁要都不给。

safety-code-p3 = 老同事张姐发来消息，您手机上也来了一条验证码短信。您怎么回？
safety-code-p3-title = 张姐（老同事）
safety-code-p3-sms = 【如意支付】验证码736204，您正在新手机上登录如意支付。请勿告诉他人。
safety-code-p3-sms-speech = 如意支付短信：验证码七三六二零四，您正在新手机上登录如意支付。请勿告诉他人。
safety-code-p3-m1 = 在吗？帮我个小忙。
safety-code-p3-m2 = 我换了新手机，验证码不小心发到你手机上了。你把那六位数字发我一下，急用！
safety-code-p3-send = 好，我这就把数字发给你
safety-code-p3-call = 验证码不能给。我先打你电话问问。
safety-code-p3-voice = 你发段语音来，我听听是不是你
safety-code-p3-call-fb = 做得对！验证码谁要都不给，老朋友也一样。用手机里存的张姐的号码打过去，她多半会说：我没找过你。她的账号可能被人偷了。
safety-code-p3-send-fb = 先别发。看看短信：这个验证码是登录您自己的如意支付用的。给了对方，他就能进您的账户。请打张姐原来的号码问一问。
safety-code-p3-voice-fb = 想问清楚是对的，可现在声音也能造假。最稳妥的，是用手机里存的号码给张姐打电话。验证码先别给。
safety-code-p3-family-fb = 很好！让家人帮您看一看，再一起打张姐原来的号码问问。验证码先别给。
safety-code-p3-volunteer-fb = 很好！问问志愿者最稳妥。验证码谁要都不给，老朋友也一样。

safety-code-explain-4 = 只有一种时候用验证码：您自己打开APP，自己点了“获取验证码”。这时，把它填进这个APP里，就对了。

safety-code-p4 = 您想看看银行卡里还有多少钱。您自己打开了福满银行的APP，点了获取验证码。短信来了。您怎么做？
safety-code-p4-title = 福满银行
safety-code-p4-sms = 【福满银行】验证码482760，您正在登录手机银行，5分钟内有效。请勿泄露给任何人，包括银行工作人员。
safety-code-p4-sms-speech = 福满银行短信：验证码四八二七六零，您正在登录手机银行，五分钟内有效。请勿泄露给任何人，包括银行工作人员。
safety-code-p4-heading = 短信验证码登录
safety-code-p4-sent = 验证码已发到您的手机
safety-code-p4-field = 验证码
safety-code-p4-login = 登录
safety-code-p4-login-fb = 做得对！这是您自己要的验证码，填进自己打开的银行APP里，就是安全的。现在登录好了。
safety-code-p4-wrong = 数字不对。看看短信里的六位数字：四、八、二、七、六、零。按删除键可以改。
safety-code-p4-empty = 请用下面的数字键，输入短信里的六位数字，再点登录。
safety-code-p4-family-fb = 问问家人也好。这回是您自己在银行APP里要的验证码，自己填进去，就是对的。

safety-code-q-1 = 有人打电话问您要验证码。下面哪种人要，可以给？
safety-code-q-1-a-1 = 说自己是银行工作人员的
safety-code-q-1-a-1-feedback = 银行工作人员不会要验证码，短信里也写着：包括银行工作人员。谁要都不给，挂断就好。
safety-code-q-1-a-2 = 说自己是警察的
safety-code-q-1-a-2-feedback = 警察不会问您要验证码。挂断以后不放心，就自己打110问一问。
safety-code-q-1-a-3 = 谁要都不给
safety-code-q-1-a-3-feedback = 答对了！验证码只给自己用。谁来要，都不给。

safety-code-q-2 = 您自己在银行APP里点了获取验证码，短信来了。这个验证码怎么用？
safety-code-q-2-a-1 = 自己填进这个银行APP里
safety-code-q-2-a-1-feedback = 答对了！自己要的验证码，填进自己打开的APP，就是安全的。
safety-code-q-2-a-2 = 不敢填，把银行APP删掉
safety-code-q-2-a-2-feedback = 不用怕。这回是您自己要的验证码，自己填进去是对的。别人来要，才不能给。
safety-code-q-2-a-3 = 念给打电话来的“银行客服”
safety-code-q-2-a-3-feedback = 不能念。验证码只填进您自己打开的APP里。打电话来要的，都是骗子。

safety-code-q-3 = 不小心把验证码告诉了别人，怎么办？
safety-code-q-3-a-1 = 没事，等等再说
safety-code-q-3-a-1-feedback = 别等。对方可能正在转您的钱。马上打银行卡背面的电话，再打110，告诉家人。
safety-code-q-3-a-2 = 马上打银行卡背面的电话，再打110，告诉家人
safety-code-q-3-a-2-feedback = 答对了！越快越好。银行能先把您的卡保护起来，警察能帮您追钱。
safety-code-q-3-a-3 = 不好意思说，自己先忍着
safety-code-q-3-a-3-feedback = 这不丢人，骗子很会骗人。越早说，越能保住钱。马上打银行卡背面的电话和110，告诉家人。
