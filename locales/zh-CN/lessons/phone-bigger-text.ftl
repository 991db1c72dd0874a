# 课程：把手机上的字调大（学用手机）
phone-bigger-text-title = 把手机上的字调大
phone-bigger-text-remember = 字小了，就到设置里把字调大。找不到，就在设置里搜索“字体”。

phone-bigger-text-explain-1 = 手机上的字太小、看着费劲，可以把字调大。调一次，几乎所有APP里的字都会变大。
phone-bigger-text-explain-2 = 打开设置，点“显示”，有的手机叫“显示和亮度”，再点“字体大小”。
phone-bigger-text-explain-3 = 华为、小米、OPPO、vivo、荣耀的叫法不太一样。找不到，就在设置最上面的搜索框里输入“字体”，马上就能找到。

phone-bigger-text-p1 = 这是手机的设置。请点字体大小所在的那一项。
phone-bigger-text-p1-title = 设置
phone-bigger-text-p1-wifi = 无线网络
phone-bigger-text-p1-sound = 声音和振动
phone-bigger-text-p1-display = 显示和亮度
phone-bigger-text-p1-display-sub = 字体大小、亮度、护眼模式
phone-bigger-text-p1-security = 密码和安全
phone-bigger-text-p1-display-fb = 对了！字体大小就在“显示和亮度”里。
phone-bigger-text-p1-other-fb = 这一项里没有字体大小。看看每一行下面的小字，字体大小写在哪一行？

phone-bigger-text-p2 = 这是字体大小的页面。上面的示例字太小，您看着费劲。您怎么做？
phone-bigger-text-p2-title = 字体大小
phone-bigger-text-p2-sample = 示例：今天天气晴，下午三点去社区活动中心。
phone-bigger-text-p2-larger-fb = 做得对！字变大了。还想再大，就再点一下，调到自己看着舒服为止。
phone-bigger-text-p2-smaller-fb = 字变小了，更难看清了。试试另一个按钮。

phone-bigger-text-q-1 = 在设置里找不到“字体大小”，怎么办？
phone-bigger-text-q-1-a-1 = 在设置最上面的搜索框里输入“字体”
phone-bigger-text-q-1-a-1-feedback = 答对了！搜索“字体”，不管什么牌子的手机都能找到。
phone-bigger-text-q-1-a-2 = 只能换一个新手机
phone-bigger-text-q-1-a-2-feedback = 不用换手机。每个手机都能调字体，在设置里搜索“字体”就能找到。
phone-bigger-text-q-1-a-3 = 算了，凑合着看
phone-bigger-text-q-1-a-3-feedback = 不用凑合。在设置里搜索“字体”，一分钟就调好了，也可以请家人帮忙。
