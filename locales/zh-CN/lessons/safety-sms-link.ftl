# 课程：带链接的短信（防范诈骗）
safety-sms-link-title = 带链接的短信
safety-sms-link-remember = 短信里的链接不点。有事，自己打开官方APP查，或者打电话问。

safety-sms-link-explain-1 = 骗子常发这样的短信：说您的快递丢了要理赔，医保卡要年审，积分快过期了。后面跟着一个链接。
safety-sms-link-explain-2 = 点开链接，它会让您填银行卡号、密码和验证码，钱就被转走了。有的链接还会偷偷装上坏软件。
safety-sms-link-explain-3 = 真有事，您自己打开官方APP看，或者打电话问。短信里的链接，一律不点。

safety-sms-link-p1 = 您收到一条短信。您怎么做？
safety-sms-link-p1-sender = 陌生号码
safety-sms-link-p1-body = 【快递通知】您的包裹因地址不详被退回，请点击下方链接补填地址，并领取赔偿金。
safety-sms-link-p1-link-fb = 这个链接是骗子做的。点开以后，它会要您的银行卡号和验证码。以后看到这种链接，不点。
safety-sms-link-p1-delete-fb = 做得对！这是骗子的短信。删掉就好，链接不点。想查快递，就自己打开快递APP。
safety-sms-link-p1-report-fb = 做得对！举报了，手机以后会帮大家拦住这个号码。链接不点。

safety-sms-link-p2 = 您又收到一条短信，发件人是12381。您怎么做？
safety-sms-link-p2-sender = 12381
safety-sms-link-p2-body = 【反诈预警】您可能正在遭遇冒充客服退款的诈骗。请不要转账，不要共享屏幕。如有疑问，请拨打
safety-sms-link-p2-call-fb = 做得对！12381是国家发的反诈预警短信，是真的提醒。打96110问一问，警察会帮您看清楚。
safety-sms-link-p2-delete-fb = 这条短信是真的，是国家反诈预警。先别删，想一想最近有没有人说要给您退款。不放心就打96110。
safety-sms-link-p2-report-fb = 12381是国家的反诈预警号码，不用举报。它在提醒您：可能有骗子正在找您。
safety-sms-link-p2-family-fb = 很好！告诉家人，一起想想最近谁找过您。也可以打96110问一问。

safety-sms-link-q-1 = 短信说：“您的医保卡要年审，点链接办理。”怎么办？
safety-sms-link-q-1-a-1 = 点开链接，照着办
safety-sms-link-q-1-a-1-feedback = 别点。医保卡不用通过短信链接年审。有疑问去医保窗口问，或者打12345。
safety-sms-link-q-1-a-2 = 不点链接，自己去医保窗口或者官方APP问
safety-sms-link-q-1-a-2-feedback = 答对了！链接不点，自己去正规的地方问。
safety-sms-link-q-1-a-3 = 把短信转给朋友，让他们也办
safety-sms-link-q-1-a-3-feedback = 别转发，朋友也可能上当。把短信删掉，提醒朋友别点。

safety-sms-link-q-2 = 12381发来短信，说您可能正在被骗。这条短信可信吗？
safety-sms-link-q-2-a-1 = 不可信，和别的短信一样删掉
safety-sms-link-q-2-a-1-feedback = 12381是真的，它是国家的反诈预警号码，而且不带链接。请停下来想一想，打96110问问。
safety-sms-link-q-2-a-2 = 可信，先停下，打96110问问
safety-sms-link-q-2-a-2-feedback = 答对了！12381的预警是真的。停下来，别转账，打96110问清楚。
