# 课程：打开关怀模式、长辈模式（学用手机）
phone-elder-mode-title = 打开关怀模式、长辈模式
phone-elder-mode-remember = 微信里打开关怀模式，支付宝里打开长辈模式：字大、按钮大。不习惯，随时能关掉。

phone-elder-mode-explain-1 = 微信和支付宝，都有专门给长辈用的样子。微信叫“关怀模式”，支付宝叫“长辈模式”。打开以后，字更大，按钮更大，看得清，也点得准。
phone-elder-mode-explain-2 = 在微信里这样开：点最下面右边的“我”，再点“设置”，然后点“关怀模式”，把它打开。打开以后，别人发来的文字，微信还能读给您听。

phone-elder-mode-p1 = 这是微信里“我”的这一页。关怀模式在设置里面。请点设置。
phone-elder-mode-p1-title = 我
phone-elder-mode-p1-services = 服务
phone-elder-mode-p1-favorites = 收藏
phone-elder-mode-p1-moments = 朋友圈
phone-elder-mode-p1-stickers = 表情
phone-elder-mode-p1-settings = 设置
phone-elder-mode-p1-settings-fb = 对了！设置就在这一页的最下面。
phone-elder-mode-p1-other-fb = 这一项里没有关怀模式。看看最下面，请点设置。

phone-elder-mode-p2 = 这是微信的设置。您想让微信的字和按钮都变大。您怎么做？
phone-elder-mode-p2-title = 设置
phone-elder-mode-p2-account = 账号与安全
phone-elder-mode-p2-teen = 青少年模式
phone-elder-mode-p2-care = 关怀模式
phone-elder-mode-p2-notify = 消息通知
phone-elder-mode-p2-general = 通用
phone-elder-mode-p2-privacy = 隐私
phone-elder-mode-p2-care-fb = 找对了！关怀模式就是让字和按钮变大的。
phone-elder-mode-p2-teen-fb = 青少年模式是给孩子用的，会关掉很多功能。您要找的是“关怀模式”，再找一找。
phone-elder-mode-p2-other-fb = 这一项不是。找一找带“关怀”两个字的那一行。
phone-elder-mode-p2-volunteer-fb = 问志愿者很好。他会告诉您：找带“关怀”两个字的那一行，点一下。

phone-elder-mode-p3 = 已经点进来了。您想让字和按钮都变大。您怎么做？
phone-elder-mode-p3-title = 关怀模式
phone-elder-mode-p3-about = 打开后，字更大，颜色更清楚，按钮更大。别人发来的文字，还能读给您听。
phone-elder-mode-p3-switch = 关怀模式
phone-elder-mode-p3-switch-sub = 不习惯，随时可以关掉
phone-elder-mode-p3-switch-fb = 做得对！开关拨到了右边，就是打开了。在真手机上，字和按钮马上就变大。
phone-elder-mode-p3-back-fb = 这是返回，还没打开呢。请留在这一页，点一下关怀模式右边的开关。

phone-elder-mode-explain-3 = 支付宝也能这样开：点最下面右边的“我的”，找到“设置”点进去，再点“长辈模式”。找不到，就在支付宝首页最上面的搜索框里，输入“长辈模式”。

phone-elder-mode-p4 = 这是支付宝的设置。您想让支付宝的字和按钮都变大。您怎么做？
phone-elder-mode-p4-title = 设置
phone-elder-mode-p4-account = 账号与安全
phone-elder-mode-p4-payment = 支付设置
phone-elder-mode-p4-general = 通用
phone-elder-mode-p4-elder = 长辈模式
phone-elder-mode-p4-privacy = 隐私
phone-elder-mode-p4-about = 关于支付宝
phone-elder-mode-p4-elder-fb = 找对了！点长辈模式，就能把支付宝换成大字、大按钮。
phone-elder-mode-p4-payment-fb = 支付设置是管付钱的，改不了字的大小。找一找带“长辈”两个字的那一行。
phone-elder-mode-p4-other-fb = 这一项不是。找一找带“长辈”两个字的那一行。

phone-elder-mode-explain-4 = 别担心点坏。这两个模式只是换个样子，聊天记录、好友和钱都不会变。不喜欢，按原来的路再点进去，关掉就好。

phone-elder-mode-q-1 = 打开了关怀模式，用着不习惯，想变回原来的样子。怎么办？
phone-elder-mode-q-1-a-1 = 手机坏了，拿去修
phone-elder-mode-q-1-a-1-feedback = 手机没坏，不用修。按原来的路，点“我”，点设置，再点关怀模式，把它关掉，就变回来了。
phone-elder-mode-q-1-a-2 = 按原来的路点进去，把它关掉
phone-elder-mode-q-1-a-2-feedback = 答对了！怎么打开的，就怎么关掉。聊天记录和钱都不会少。
phone-elder-mode-q-1-a-3 = 把微信删了，重新装一个
phone-elder-mode-q-1-a-3-feedback = 不用删微信，删了反而麻烦。点“我”，点设置，再点关怀模式，把它关掉就好。

phone-elder-mode-q-2 = 在支付宝的设置里，找不到长辈模式。怎么办？
phone-elder-mode-q-2-a-1 = 在支付宝首页的搜索框里，输入“长辈模式”
phone-elder-mode-q-2-a-1-feedback = 答对了！一搜就能找到。也可以请家人或志愿者帮您看看。
phone-elder-mode-q-2-a-2 = 点别人发来的链接，下载“老人版支付宝”
phone-elder-mode-q-2-a-2-feedback = 别点这种链接，可能是骗人的假软件。长辈模式就在支付宝里，在首页搜索“长辈模式”就行。
phone-elder-mode-q-2-a-3 = 把手机和密码交给路上热心的陌生人，请他帮忙
phone-elder-mode-q-2-a-3-feedback = 手机里有钱，密码不能给陌生人。请家人或社区志愿者帮忙，或者在支付宝首页搜索“长辈模式”。
