# 课程：自称警察的电话（防范诈骗）
safety-police-call-title = 自称警察的电话
safety-police-call-remember = 没有“安全账户”。让您转账的“警察”是骗子：挂断，自己打110。96110打来，一定要接。

safety-police-call-explain-1 = 有的骗子会冒充公安局、检察院或法院的人打电话。这是很常见的骗局。
safety-police-call-explain-2 = 他会说您的银行卡涉嫌洗钱，让您保密，还要您把钱转到“安全账户”。根本没有什么安全账户。
safety-police-call-explain-3 = 来电号码和名字也能造假。屏幕上写着“公安局”，也可能是骗子打来的。真警察不会在电话里让您转账。

safety-police-call-p1 = 电话响了。看一看屏幕上写的。您怎么做？
safety-police-call-p1-caller = 未知号码
safety-police-call-p1-tag = 疑似诈骗
safety-police-call-p1-decline = 做得对！手机已经提醒您这是疑似诈骗电话，不接就好。真有事，人家会用别的办法找您。
safety-police-call-p1-answer = 手机提醒了这是疑似诈骗电话，最好不接。不小心接了也没关系，听到要钱就马上挂断。
safety-police-call-p1-family = 问问家人很好。这个电话标着疑似诈骗，不接就可以。

safety-police-call-rp-intro = 现在练习接这样一个电话。对方每说一句，您就选怎么做。不着急，慢慢选。
safety-police-call-rp-caller = 自称：市公安局
safety-police-call-rp-debrief = 真警察不会打电话让您转账，也没有安全账户。接到这种电话就挂断，自己拨打110，或者打反诈专线96110问清楚，再告诉家人。

safety-police-call-rp-1 = 您好，我是市公安局的王警官。有一件案子和您有关，需要您配合调查。
safety-police-call-rp-1-phrase = 我是市公安局的王警官
safety-police-call-rp-1-hang-up = 挂断电话，自己打110问一问
safety-police-call-rp-1-hang-up-fb = 做得对！不管他说自己是谁，您挂断后自己打110，就能问清楚。
safety-police-call-rp-1-ask = 问他：您是哪个派出所的？我去所里当面说。
safety-police-call-rp-1-ask-fb = 问得好。听听他怎么回答，再决定。
safety-police-call-rp-1-go-along = 好的警官，您说，我配合。
safety-police-call-rp-1-go-along-fb = 先别急着配合。电话里自称警察的人，您没法知道他是谁。

safety-police-call-rp-2 = 不用来派出所。您名下的银行卡被犯罪分子用来洗钱，涉案金额很大，您现在是嫌疑人。
safety-police-call-rp-2-phrase = 您现在是嫌疑人
safety-police-call-rp-2-hang-up = 挂断电话，打110问问有没有这回事
safety-police-call-rp-2-hang-up-fb = 做得对！他在吓唬您。挂断后自己打110，一问就清楚了。
safety-police-call-rp-2-ask = 问他：那我现在就去派出所说明情况，行吗？
safety-police-call-rp-2-ask-fb = 问得好。您看，他不让您去派出所，这就很可疑。
safety-police-call-rp-2-go-along = 我很害怕，请您帮帮我。
safety-police-call-rp-2-go-along-fb = 别害怕，这是骗子在吓唬您。您什么也没做错，可以随时挂断。

safety-police-call-rp-3 = 这是秘密案件，不能告诉任何人，包括您的子女。说出去就是妨碍办案，要负法律责任。
safety-police-call-rp-3-phrase = 不能告诉任何人，包括您的子女
safety-police-call-rp-3-hang-up = 挂断电话，马上告诉家人
safety-police-call-rp-3-hang-up-fb = 做得对！不让您告诉家人，正是骗子的手段。挂断后告诉家人，多一个人帮您看。
safety-police-call-rp-3-ask = 问他：为什么连我的孩子都不能说？
safety-police-call-rp-3-ask-fb = 问得好。真警察不会不让您和家人商量。
safety-police-call-rp-3-go-along = 好，我谁也不告诉。
safety-police-call-rp-3-go-along-fb = 不让告诉家人，就是想让没人提醒您。这时候最该挂断，告诉家人。

safety-police-call-rp-4 = 为了证明您是清白的，请把卡里的钱转到我们的安全账户。查清以后，马上退给您。
safety-police-call-rp-4-phrase = 把钱转到安全账户
safety-police-call-rp-4-hang-up = 挂断电话，一分钱也不转
safety-police-call-rp-4-hang-up-fb = 做得对！没有什么安全账户。让您转账的，一定是骗子。
safety-police-call-rp-4-ask = 问他：安全账户是哪个银行的？我去银行柜台问。
safety-police-call-rp-4-ask-fb = 问得好，但不用再听了。只要让您转账，就是骗子，可以直接挂断。
safety-police-call-rp-4-go-along = 好，我这就去转账。
safety-police-call-rp-4-go-along-fb = 请千万别转。钱转出去很难追回来。现在就挂断，打110。

safety-police-call-p2 = 电话又响了。看一看屏幕上写的。您怎么做？
safety-police-call-p2-caller = 96110
safety-police-call-p2-tag = 反诈专线
safety-police-call-p2-answer = 做得对！96110是公安的反诈专线。他们打来，是提醒您可能遇到了骗子，一定要接，听听他们怎么说。
safety-police-call-p2-decline = 96110是公安的反诈专线，是来提醒您的。下次看到96110，一定要接。

safety-police-call-q-1 = 电话里的人说：“把钱转到安全账户，就能证明您是清白的。”这是真的吗？
safety-police-call-q-1-a-1 = 是真的，不转钱就会被抓
safety-police-call-q-1-a-1-feedback = 别害怕，这是骗子在吓唬您。警察不会让您转账，也没有安全账户。
safety-police-call-q-1-a-2 = 是骗局，马上挂断
safety-police-call-q-1-a-2-feedback = 答对了！让您把钱转到安全账户的，一定是骗子。
safety-police-call-q-1-a-3 = 先转一点钱试试
safety-police-call-q-1-a-3-feedback = 一分钱也别转，转出去的钱很难追回来。马上挂断，告诉家人。

safety-police-call-q-2 = 对方说：“这是秘密案件，不能告诉家人。”您怎么办？
safety-police-call-q-2-a-1 = 挂断电话，马上告诉家人
safety-police-call-q-2-a-1-feedback = 做得对！骗子最怕您和家人商量。多一个人帮您看，就多一分安全。
safety-police-call-q-2-a-2 = 听他的，谁也不告诉
safety-police-call-q-2-a-2-feedback = 不让告诉家人，正是骗子的手段，这样没人能提醒您。请马上告诉家人。

safety-police-call-explain-4 = 心里不踏实，就挂断电话，自己拨打110，或者反诈专线96110问一问，再告诉家人。96110打来的电话，要接。
