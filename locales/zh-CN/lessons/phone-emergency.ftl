# 课程：紧急求助和紧急联系人（学用手机）
phone-emergency-title = 紧急求助和紧急联系人
phone-emergency-remember = 有急事：报警打110，叫救护车打120，着火打119。提前设好紧急联系人。

phone-emergency-explain-1 = 遇到急事，记住三个号码。遇到坏人、被抢、被打，打110报警。有人病倒、摔伤，打120叫救护车。着火、冒浓烟，打119。
phone-emergency-explain-2 = 这三个号码不花钱，手机欠费了也能打。手机锁着也能打：往上滑，到输入密码的那一页，点下面的“紧急呼叫”。不用输密码。
phone-emergency-explain-3 = 打通了，先说您在哪儿：哪个小区、几号楼、几单元、几层。说不清门牌，就说附近的超市、学校或公交站。再说出了什么事。接线员问什么，您就答什么。等对方先挂电话。

phone-emergency-field = 号码
phone-emergency-call = 拨打

phone-emergency-p1 = 老伴在卫生间摔倒了，腿很疼，起不来。请输入120，再点绿色的拨打按钮。
phone-emergency-p1-call-fb = 拨通了！先说地址：哪个小区、几号楼、几单元、几层。再说：老伴摔倒了，起不来。别硬扶他，听接线员的。打完别占着电话，救护车可能打回来问路。
phone-emergency-p1-wrong = 号码不对。叫救护车，打120：按一、二、零。按删除键可以改。
phone-emergency-p1-empty = 先用下面的数字键，按一、二、零。再点绿色的拨打按钮。
phone-emergency-p1-family-fb = 告诉家人也要紧。不过先打120叫救护车，再给家人打电话。
phone-emergency-p1-volunteer-fb = 叫人来帮忙很好。您自己也能打：按一、二、零，再点绿色的拨打按钮。

phone-emergency-p2 = 您在公园散步，看见一位老人倒在地上，叫他也不答应。您拿出手机，手机锁着。一着急，密码想不起来了。您怎么做？
phone-emergency-p2-time = 09:30
phone-emergency-p2-prompt = 输入锁屏密码
phone-emergency-p2-password = 密码
phone-emergency-p2-emergency = 紧急呼叫
phone-emergency-p2-emergency-fb = 做得对！手机锁着，也能点“紧急呼叫”。不用密码，直接打120。
phone-emergency-p2-cancel-fb = 点取消，就回到锁屏了。不用密码也能打急救电话：点下面的“紧急呼叫”，再打120。
phone-emergency-p2-volunteer-fb = 喊身边的人来帮忙很好。您自己也能打：点下面的“紧急呼叫”，不用密码，就能打120。
phone-emergency-p2-family-fb = 先救人要紧。点下面的“紧急呼叫”，先打120，再告诉家人。

phone-emergency-p3 = 您在家做饭，厨房里突然冒出浓烟，火越来越大。您已经拿着手机，走到了门外。您怎么做？
phone-emergency-p3-call-fb = 做得对！着火、冒浓烟，打119。告诉接线员：哪个小区、几号楼、几层，什么东西着火了。走楼梯下楼，别坐电梯，也别回去拿东西。
phone-emergency-p3-wrong = 这个号码不对。着火了，打119。按删除键清掉，再按一、一、九。
phone-emergency-p3-empty = 先用下面的数字键输入号码。着火、冒浓烟，打119。再点绿色的拨打按钮。
phone-emergency-p3-family-fb = 告诉家人也好。不过着火了，要先打119，再给家人打电话。
phone-emergency-p3-volunteer-fb = 喊邻居一起出来很好。您自己也要马上打119：按一、一、九，再点绿色的拨打按钮。

phone-emergency-q-1 = 您打通了120，接线员问：“病人在哪儿？”您怎么回答？
phone-emergency-q-1-a-1 = 就在我家，你们快来！
phone-emergency-q-1-a-1-feedback = 接线员不知道您家在哪儿。要说清楚：哪个小区、几号楼、几单元、几层。
phone-emergency-q-1-a-2 = 阳光小区三号楼二单元五层，小区门口有个超市
phone-emergency-q-1-a-2-feedback = 答对了！地址说得越清楚，救护车来得越快。附近好找的地方也说上。
phone-emergency-q-1-a-3 = 先挂电话，等孩子回来再说
phone-emergency-q-1-a-3-feedback = 别挂，也别等。救人要紧，先把地址说清楚，再给孩子打电话。

phone-emergency-explain-4 = 万一您在外面晕倒了，别人拿起您的手机，在锁屏上点“紧急呼叫”，就能看到您的紧急联系人，打给您的家人。所以要提前设好。
phone-emergency-explain-5 = 打开设置，在最上面的搜索框里输入“紧急”，点“紧急联系人”，再点“添加”，从通讯录里选一位家人。华为、小米、OPPO、vivo、荣耀叫法不太一样，有的放在“紧急求助”或“紧急SOS”里面。搜“紧急”都能找到。找不到，就请家人或志愿者帮您设。

phone-emergency-p4 = 您点了“添加”，手机打开了通讯录。女儿住得近，随时能赶来。请选女儿。
phone-emergency-p4-title = 选择紧急联系人
phone-emergency-p4-hint = 有急事时，别人在锁屏上就能打给这个人。
phone-emergency-p4-friend = 老同学 老张
phone-emergency-p4-friend-number = 010-0000-0382
phone-emergency-p4-daughter = 女儿 小红
phone-emergency-p4-daughter-number = 010-0000-0381
phone-emergency-p4-shop = 楼下超市
phone-emergency-p4-shop-number = 010-0000-0383
phone-emergency-p4-plumber = 修水管 王师傅
phone-emergency-p4-plumber-number = 010-0000-0384
phone-emergency-p4-daughter-fb = 设好了！以后您有急事，别人在锁屏上就能打给女儿。女儿换了号码，记得来这里改。
phone-emergency-p4-other-fb = 紧急联系人，要选最亲近、能马上赶来的家人。这一次，请选女儿。

phone-emergency-explain-6 = 在同一个地方，还能填“医疗卡”：写上血型、对什么药过敏、常吃什么药。急救的人在锁屏上就能看到。很多手机还有“紧急SOS”：打开以后，快速连按电源键五次，就会自动打紧急电话。别拿它试着玩，它会真的打出去。

phone-emergency-q-2 = 您不小心拨了110，电话已经通了。怎么办？
phone-emergency-q-2-a-1 = 别挂，说一声：“对不起，我打错了。”
phone-emergency-q-2-a-1-feedback = 答对了！说清楚是打错了，接线员就放心了。打错了不要紧。
phone-emergency-q-2-a-2 = 吓得赶紧挂掉
phone-emergency-q-2-a-2-feedback = 别怕，打错了不要紧。可是一挂断，接线员会担心您出了事，还可能打回来。接起来，说一声打错了就好。
phone-emergency-q-2-a-3 = 马上关机，谁打来都不接
phone-emergency-q-2-a-3-feedback = 不用关机。接线员打回来，是担心您的安全。接起来，说清楚是打错了就好。
