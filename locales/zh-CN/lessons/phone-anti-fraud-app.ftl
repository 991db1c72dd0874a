# 课程：国家反诈中心APP（学用手机）
phone-anti-fraud-app-title = 国家反诈中心APP
phone-anti-fraud-app-remember = 装好国家反诈中心APP，打开来电预警。96110打来，一定要接。

phone-anti-fraud-app-explain-1 = 国家反诈中心APP，是公安部做的手机软件，完全免费。骗子打电话、发短信来，它会提醒您：这可能是诈骗。
phone-anti-fraud-app-explain-2 = 只在手机自带的应用市场里装它。各家手机叫法不一样，有的叫应用市场，有的叫应用商店、软件商店。打开它，在最上面的搜索框里输入“国家反诈中心”。
phone-anti-fraud-app-explain-3 = 点安装之前，先看两样：开发者写的是“公安部刑事侦查局”，价格写的是“免费”。别人发来的链接和二维码，不要用来装APP。在《只在应用商店装APP，看清权限》这一课里还会细讲。

phone-anti-fraud-app-p1 = 您在应用市场里搜到了国家反诈中心。先看开发者是不是公安部，是不是免费，再点安装。
phone-anti-fraud-app-p1-title = 应用市场
phone-anti-fraud-app-p1-name = 国家反诈中心
phone-anti-fraud-app-p1-developer = 开发者：公安部刑事侦查局
phone-anti-fraud-app-p1-price = 免费
phone-anti-fraud-app-p1-about = 诈骗电话、短信来了提醒您；可以查可疑的账户和网址，可以举报诈骗。
phone-anti-fraud-app-p1-install-fb = 装好了！开发者是公安部，也不要钱，这就是真的国家反诈中心APP。
phone-anti-fraud-app-p1-back-fb = 这就是要装的APP，不用离开。开发者是公安部，也是免费的。请点安装。

phone-anti-fraud-app-explain-4 = 第一次打开，先选您常住的城市，要选对。再用自己的手机号注册。收到的验证码，只填在这个APP里，谁问都不告诉。
phone-anti-fraud-app-explain-5 = 注册好以后，在首页点“来电预警”。里面有两个开关：来电预警管电话，短信预警管短信。两个都要打开，开关拨到右边就是开了。

phone-anti-fraud-app-p2 = 这是反诈APP里管提醒的页面。您想让骗子打电话来的时候，手机提醒您。您怎么做？
phone-anti-fraud-app-p2-title = 来电预警
phone-anti-fraud-app-p2-about = 打开后，疑似诈骗的电话和短信来了，会提醒您。
phone-anti-fraud-app-p2-call = 来电预警
phone-anti-fraud-app-p2-call-sub = 诈骗电话打来时提醒您
phone-anti-fraud-app-p2-sms = 短信预警
phone-anti-fraud-app-p2-sms-sub = 收到诈骗短信时提醒您
phone-anti-fraud-app-p2-call-fb = 做得对！来电预警打开了，开关变到了右边。骗子再打来，手机会提醒您。短信预警也记得打开。
phone-anti-fraud-app-p2-sms-fb = 这个开关是短信预警，管短信的，它也要开着。您要找的是管电话的那一个，再看一看。
phone-anti-fraud-app-p2-back-fb = 先别离开。开关不打开，预警就不管用。请在这一页，找到管电话的那个开关，点一下。
phone-anti-fraud-app-p2-volunteer-fb = 问志愿者很好。他会告诉您：看每一行下面的小字，写着“电话”的那一行，点右边的开关。

phone-anti-fraud-app-explain-6 = 打开开关时，手机会问能不能给它一些权限，比如看来电、读短信。这是公安部的APP，又是从应用市场装的，照着提示点允许就行。别的APP要读您的短信，还是要点拒绝。苹果手机还要到手机的设置里，点电话，再点来电阻止与身份识别，把国家反诈中心打开。不会弄，就请家人或志愿者帮您开。

phone-anti-fraud-app-explain-7 = 开好以后，骗子打来，屏幕上会写着红色的“疑似诈骗”。这种电话，不接。别人给的收款账户、网址，是不是骗子的，在首页点“风险查询”就能查一查。遇到骗子，可以点“我要举报”，帮警察抓骗子。

phone-anti-fraud-app-p3 = 电话响了。看一看屏幕上写的字。您怎么做？
phone-anti-fraud-app-p3-caller = 未知号码
phone-anti-fraud-app-p3-tag = 疑似诈骗
phone-anti-fraud-app-p3-alert = 国家反诈中心提醒您：这个来电疑似诈骗，请小心。
phone-anti-fraud-app-p3-decline-fb = 做得对！反诈APP已经提醒您了，这个电话不接。真有事的人，会用别的办法找您。您还可以打开反诈APP，点我要举报，把这个号码报给警察。
phone-anti-fraud-app-p3-answer-fb = 这个电话标着疑似诈骗，最好不接，点红色的按钮拒接。万一接了也别怕：对方一提转钱、验证码，就马上挂断。
phone-anti-fraud-app-p3-family-fb = 告诉家人很好。这个电话手机已经标了疑似诈骗，先点红色的按钮拒接，再慢慢和家人说。

phone-anti-fraud-app-explain-8 = 96110是公安的反诈专线。它打给您，往往是发现您可能正在被骗，来劝您停下。一定要接，听他们说完。96110只是提醒您，不会让您转钱。

phone-anti-fraud-app-p4 = 电话又响了。看一看屏幕上写的字。您怎么做？
phone-anti-fraud-app-p4-caller = 96110
phone-anti-fraud-app-p4-tag = 反诈专线
phone-anti-fraud-app-p4-answer-fb = 做得对！96110是公安的反诈专线，打来是怕您被骗。认真听他们的提醒，先别给任何人转钱。
phone-anti-fraud-app-p4-decline-fb = 96110是公安打来帮您的，请点绿色的按钮接听。错过了也没关系，可以自己回拨96110，把事情说清楚。
phone-anti-fraud-app-p4-family-fb = 告诉家人很好。不过先接96110，听听他们说什么，接完再告诉家人。

phone-anti-fraud-app-q-1 = 手机响了，屏幕上是96110，写着“反诈专线”。您怎么办？
phone-anti-fraud-app-q-1-a-1 = 接听，听听他们说什么
phone-anti-fraud-app-q-1-a-1-feedback = 答对了！96110是公安的反诈专线，打来是提醒您防骗，一定要接。
phone-anti-fraud-app-q-1-a-2 = 不接，陌生号码一律不接
phone-anti-fraud-app-q-1-a-2-feedback = 平常对陌生电话小心，是对的。可96110不一样，是公安来提醒您的，请接。错过了，可以自己回拨96110。
phone-anti-fraud-app-q-1-a-3 = 把这个号码拉黑
phone-anti-fraud-app-q-1-a-3-feedback = 别拉黑。拉黑了，公安提醒您的电话就打不进来了。96110打来，要接。

phone-anti-fraud-app-q-2 = 有人发来一个链接，说：“点这里下载反诈APP，先交九十九元会员费。”您怎么办？
phone-anti-fraud-app-q-2-a-1 = 点链接下载，交了钱就安全了
phone-anti-fraud-app-q-2-a-1-feedback = 别点，也别交钱。国家反诈中心APP是免费的，只在手机自带的应用市场里装。要您交钱的，是骗子。
phone-anti-fraud-app-q-2-a-2 = 不点也不交钱，自己到应用市场搜“国家反诈中心”
phone-anti-fraud-app-q-2-a-2-feedback = 答对了！这个APP不要钱，只在手机自带的应用市场里装。
phone-anti-fraud-app-q-2-a-3 = 问问发链接的人，是不是真的
phone-anti-fraud-app-q-2-a-3-feedback = 不用问他，骗子总会说是真的。这个APP免费，自己到应用市场搜就行，也可以问问家人。

phone-anti-fraud-app-explain-9 = 装好以后，隔几天打开看一看，看看还登录着没有。很久不用，它会自己退出登录，就提醒不了您了。
