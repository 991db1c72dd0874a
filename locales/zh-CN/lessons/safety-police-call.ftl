# 课程：自称警察的电话（防范诈骗，第 1 课）
safety-police-call-title = 自称警察的电话
safety-police-call-remember = 警察不会让您转账到“安全账户”。接到这种电话，马上挂断。

safety-police-call-explain-1 = 有的骗子会冒充公安、检察院或法院的人打电话。这是很常见的骗局。
safety-police-call-explain-2 = 他会说您的银行卡涉嫌洗钱犯罪，要您保密，还要您把钱转到所谓的“安全账户”。
safety-police-call-explain-3 = 请记住：真警察不会在电话里让您转账。根本没有什么“安全账户”。

safety-police-call-sim-1-instruction = 这个号码刚才自称警察，说您涉嫌犯罪。现在它又打来了。请拒接这个电话。
safety-police-call-sim-1-caller = 自称：公安局
safety-police-call-sim-1-number = +00 010-0000-0000
safety-police-call-sim-1-decline = 做得对！不接电话，他就没法再吓唬您。心里不踏实，可以自己拨打 110 问清楚。
safety-police-call-sim-1-answer = 接了以后，他会接着吓唬您、催您转账。不小心接了也没关系，马上挂断就好。

safety-police-call-q-1 = 电话里的人说：“您的账户涉嫌犯罪，把钱转到安全账户，就能证明您是清白的。”这是真的吗？
safety-police-call-q-1-a-1 = 是真的，不转钱就会被抓
safety-police-call-q-1-a-1-feedback = 别害怕，这是骗子在吓唬您。警察不会让您转账，也没有“安全账户”。
safety-police-call-q-1-a-2 = 是骗局，马上挂断
safety-police-call-q-1-a-2-feedback = 答对了！让您把钱转到“安全账户”的，一定是骗子。
safety-police-call-q-1-a-3 = 先转一点钱试试
safety-police-call-q-1-a-3-feedback = 一分钱也别转，转出去的钱很难追回来。马上挂断，告诉家人。

safety-police-call-q-2 = 对方说：“这是秘密案件，不能告诉家人。”您怎么办？
safety-police-call-q-2-a-1 = 挂断电话，马上告诉家人
safety-police-call-q-2-a-1-feedback = 做得对！骗子最怕您和家人商量。多一个人帮您看，就多一分安全。
safety-police-call-q-2-a-2 = 听他的，谁也不告诉
safety-police-call-q-2-a-2-feedback = 不让告诉家人，正是骗子的手段，这样没人能提醒您。请马上告诉家人。

safety-police-call-explain-4 = 心里不踏实，就挂断电话，自己拨打 110 或反诈专线 96110 问一问，再告诉家人。
