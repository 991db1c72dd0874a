# 课程：把手机上的字调大（学用手机，第 1 课）
phone-bigger-text-title = 把手机上的字调大
phone-bigger-text-remember = 设置 → 显示 → 字体大小：字小了，就把它调大。

phone-bigger-text-explain-1 = 手机上的字太小，看着费劲？您可以把字调大，以后随时还能调回来。
phone-bigger-text-explain-2 = 打开“设置”，找到“显示”或“显示和亮度”，再点“字体大小”。不同手机的叫法可能稍有不同。

phone-bigger-text-sim-1-instruction = 这是调字体大小的页面。请点让字变大的按钮，看看下面的字有什么变化。
phone-bigger-text-sim-1-title = 显示
phone-bigger-text-sim-1-sample = 今天天气真好，我们去公园走走吧。
phone-bigger-text-sim-1-larger = 做得好！字变大了，看起来清楚多了。
phone-bigger-text-sim-1-smaller = 这样字会变小。没关系，这一步请点让字变大的按钮。
phone-bigger-text-sim-1-done = 这样会直接关掉页面，字还没有变大。请先点让字变大的按钮。

phone-bigger-text-sim-2-instruction = 现在字已经够大，看得清楚了。请点“完成”，把设置保存好。
phone-bigger-text-sim-2-title = 显示
phone-bigger-text-sim-2-sample = 字大了，看消息就不费眼了。
phone-bigger-text-sim-2-done = 很好！设置保存好了，手机上的字都变大了。
phone-bigger-text-sim-2-larger = 字还可以再大一点，这不要紧。看得清楚了，就请点“完成”。
phone-bigger-text-sim-2-smaller = 字会变小一点，这不要紧。看得清楚了，就请点“完成”。

phone-bigger-text-explain-3 = 有些应用，比如微信，也有自己的“字体大小”设置。找不到的话，可以请家人陪您一起找。

phone-bigger-text-q-1 = 字调得太大，一页都放不下了，怎么办？
phone-bigger-text-q-1-a-1 = 没办法，调大了就改不回来
phone-bigger-text-q-1-a-1-feedback = 别担心，是可以改回来的。回到“字体大小”，点让字变小的按钮就行。
phone-bigger-text-q-1-a-2 = 回到“字体大小”，把字调小一点
phone-bigger-text-q-1-a-2-feedback = 答对了！字的大小随时都能调，调到您看着舒服就好。
phone-bigger-text-q-1-a-3 = 只能换一部新手机
phone-bigger-text-q-1-a-3-feedback = 不用换手机。回到“字体大小”，把字调小一点就可以了。
