# 课程：安全连接Wi-Fi（学用手机）
phone-wifi-title = 安全连接Wi-Fi
phone-wifi-remember = 只连家里和认识的Wi-Fi。付钱、用银行APP，用手机流量。

phone-wifi-explain-1 = Wi-Fi就是无线网，手机上也叫WLAN。连上家里的Wi-Fi，看视频、打视频电话，都不花手机流量。
phone-wifi-explain-2 = 打开设置，点“WLAN”，把开关打开。下面会列出附近所有的网络。华为、小米、OPPO、vivo、荣耀都叫WLAN。找不到，就在设置的搜索框里输入“WLAN”。
phone-wifi-explain-3 = 您家网络的名字和密码，一般印在路由器背面的贴纸上。名字旁边有小锁，就要密码。点您家的名字，输入密码，点连接。连过一次，以后手机会自己连上。

phone-wifi-wlan-title = WLAN
phone-wifi-wlan-switch = WLAN
phone-wifi-available = 可用网络
phone-wifi-secured = 加密
phone-wifi-open = 开放
phone-wifi-connected = 已连接

phone-wifi-p1 = 您在家里。路由器贴纸上写着，您家网络的名字是Home-7C2E。请在列表里点您家的网络。
phone-wifi-p1-neighbour = Home-5B91
phone-wifi-p1-home = Home-7C2E
phone-wifi-p1-free = 免费WiFi
phone-wifi-p1-zhang = 张家的网
phone-wifi-p1-home-fb = 对了！名字和贴纸上一模一样。点它，输入贴纸上的密码，再点连接，就连上了。
phone-wifi-p1-neighbour-fb = 这是邻居家的网络。前面一样，后面几个字不一样。对着贴纸，一个字一个字看，找Home-7C2E。
phone-wifi-p1-zhang-fb = 这是张家的网络，不是您家的。找和贴纸上一样的名字：Home-7C2E。
phone-wifi-p1-free-fb = 这个网络没有锁，不知道是谁开的，最好别连。在家里，就连您自家的Home-7C2E。
phone-wifi-p1-family-fb = 问家人很好。家里的网一般是孩子装的，他们知道名字和密码。您也可以看路由器上的贴纸，名字是Home-7C2E。

phone-wifi-explain-4 = 在外面，银行、医院、车站、商场里，常能搜到没有锁的网络，名字叫“免费WiFi”，或者像“Free-Bank-WiFi”这样，看着像银行自己的。名字谁都能起，骗子也能开一个假的。
phone-wifi-explain-5 = 真的免费Wi-Fi，银行、商场会自己贴出牌子，写着名字，常常还要密码。比如在福满银行大厅，柜台上的牌子写着：网络名字叫福满银行客户，密码问大堂经理。

phone-wifi-p2 = 您在福满银行大厅等着叫号，想上网看看新闻。这是手机搜到的网络。您怎么做？
phone-wifi-p2-fake-bank = 福满银行免费WiFi
phone-wifi-p2-real = 福满银行客户
phone-wifi-p2-free-bank = Free-Bank-WiFi
phone-wifi-p2-shop = 鲜果超市
phone-wifi-p2-real-fb = 做得对！名字和柜台牌子上的一样，还有小锁。问大堂经理要密码，就能连上。连上了也只看看新闻，付钱、办银行的事，用手机流量。
phone-wifi-p2-fake-bank-fb = 先别连。名字里有“福满银行”，可它没有锁，和牌子上写的也不一样，可能是别人假冒的。请连牌子上的福满银行客户，拿不准就问大堂经理。
phone-wifi-p2-free-bank-fb = 先别连。这个名字像银行的，可没有锁，牌子上也没有它，不知道是谁开的。请找和牌子上一样的名字，拿不准就问工作人员。
phone-wifi-p2-shop-fb = 这是隔壁超市的网络，不是银行的，您也不知道它的密码。请找柜台牌子上写的那个名字。
phone-wifi-p2-volunteer-fb = 问一问很好。在银行里，也可以直接问大堂经理，哪个是银行自己的网络。

phone-wifi-explain-6 = 在外面连着公共Wi-Fi时，不付钱，不打开银行APP，不输密码。要付钱，先把WLAN的开关关掉，用手机自己的流量。手机流量是您自己的，比公共Wi-Fi安全。

phone-wifi-p3 = 您在公园里，手机连着公园的免费Wi-Fi。现在您想在手机上交电费。您怎么做？
phone-wifi-p3-park = 公园免费WiFi
phone-wifi-p3-fast = Free-WiFi-Fast
phone-wifi-p3-teahouse = 清心茶馆
phone-wifi-p3-wlan-fb = 做得对！WLAN关了，手机就用自己的流量上网，屏幕最上面会出现4G或5G的小字。现在可以放心交电费了。
phone-wifi-p3-park-fb = 这是您正连着的公园Wi-Fi。要付钱，不用点它，把最上面WLAN的开关关掉，改用手机流量。
phone-wifi-p3-fast-fb = 换一个没锁的免费网络，也一样不安全。要付钱，就把最上面WLAN的开关关掉，用手机流量。
phone-wifi-p3-teahouse-fb = 这是茶馆的网络，您没有它的密码。要付钱，就把最上面WLAN的开关关掉，用手机流量。

phone-wifi-explain-7 = 连上免费Wi-Fi，有时会弹出一个页面，要您填手机号、验证码、身份证号或者银行卡号，才让上网。这种页面什么都别填，按返回键离开，再关掉WLAN，用流量。验证码的事，在《验证码不告诉任何人》这一课里还会细讲。

phone-wifi-p4 = 您在火车站候车，连上了一个叫车站免费WiFi的网络。手机马上弹出这个页面。您怎么做？
phone-wifi-p4-heading = 免费上网认证
phone-wifi-p4-body = 为保障您的上网安全，请先实名认证。填写银行卡号、身份证号和手机号码，认证后免费上网。
phone-wifi-p4-card = 银行卡号
phone-wifi-p4-id = 身份证号
phone-wifi-p4-mobile = 手机号码
phone-wifi-p4-get-code = 获取验证码
phone-wifi-p4-go-online = 立即上网
phone-wifi-p4-back-fb = 做得对！上网根本用不着银行卡号。按返回键离开就好，再到设置里关掉WLAN，用手机流量。
phone-wifi-p4-home-fb = 做得对！离开这个页面就好，什么都没填。再到设置里关掉WLAN，用手机流量。
phone-wifi-p4-go-online-fb = 先别点。上网用不着银行卡号和身份证号，这个页面是骗您填的。按返回键离开，关掉WLAN，用手机流量。
phone-wifi-p4-get-code-fb = 先别点。拿到验证码再填进去，骗子就能动您的钱。按返回键离开，关掉WLAN，用手机流量。
phone-wifi-p4-family-fb = 问家人很好。这个页面要银行卡号，不能填。先按返回键离开，再和家人说一说。
phone-wifi-p4-volunteer-fb = 问一问很好。这个页面要银行卡号，不能填。先按返回键离开，改用手机流量。

phone-wifi-q-1 = 您在银行等着叫号，手机搜到一个没有锁、叫“银行免费WiFi”的网络。能连上它用手机银行吗？
phone-wifi-q-1-a-1 = 能，名字里有银行，就是真的
phone-wifi-q-1-a-1-feedback = 名字谁都能起。没锁的网络不知道是谁开的。用手机银行，请关掉WLAN，用手机流量。
phone-wifi-q-1-a-2 = 不能。用手机银行，就用手机流量
phone-wifi-q-1-a-2-feedback = 答对了！付钱和办银行的事，都用手机自己的流量。
phone-wifi-q-1-a-3 = 能，快点办完就没事
phone-wifi-q-1-a-3-feedback = 快慢都一样。在别人的网络上输密码，就可能被偷看。请关掉WLAN，用手机流量。

phone-wifi-q-2 = 连上一个Wi-Fi后，页面要您填身份证号和银行卡号，才让上网。怎么办？
phone-wifi-q-2-a-1 = 填上，能免费上网就行
phone-wifi-q-2-a-1-feedback = 别填。上网用不着身份证号和银行卡号，这是骗您填的。按返回键离开，用手机流量。
phone-wifi-q-2-a-2 = 只填身份证号，不填银行卡号
phone-wifi-q-2-a-2-feedback = 身份证号也别填，骗子拿去能冒用您的名字。什么都不填，按返回键离开，用手机流量。
phone-wifi-q-2-a-3 = 什么都不填，按返回键离开，用手机流量
phone-wifi-q-2-a-3-feedback = 答对了！这种页面什么都别填。离开，再关掉WLAN就好。

phone-wifi-q-3 = 家里Wi-Fi的名字和密码，去哪儿找？
phone-wifi-q-3-a-1 = 看路由器背面的贴纸，或者问装网的孩子
phone-wifi-q-3-a-1-feedback = 答对了！贴纸上写着名字和密码。连一次，以后手机会自己连上。
phone-wifi-q-3-a-2 = 随便连一个没有锁的，不用密码更方便
phone-wifi-q-3-a-2-feedback = 没锁的网络不知道是谁开的，最好别连。看看路由器背面的贴纸，连您自家的。
phone-wifi-q-3-a-3 = 连信号最强的那个就行
phone-wifi-q-3-a-3-feedback = 信号强的不一定是您家的。对着路由器贴纸上的名字找，名字一样才连。
