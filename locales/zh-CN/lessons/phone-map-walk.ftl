# 课程：用地图步行导航（学用手机）
phone-map-walk-title = 用地图步行导航
phone-map-walk-remember = 输入去哪儿，看清地址，点步行，再点开始导航。

phone-map-walk-explain-1 = 走路去一个不熟的地方，不知道怎么走？手机上的地图APP能给您带路。它会画出一条路，还会说话，告诉您在哪儿转弯。
phone-map-walk-explain-2 = 第一次打开地图，手机会问：让不让地图用您的位置。位置就是您现在在哪儿。地图知道您在哪儿，才能给您带路。

phone-map-walk-app = 地图
phone-map-walk-search = 搜索地点
phone-map-walk-btn-this-time = 本次使用允许

phone-map-walk-p1 = 您第一次打开地图APP，屏幕上跳出来一个问题。您怎么做？
phone-map-walk-p1-dialog-title = 要允许“地图”使用您的位置吗？
phone-map-walk-p1-dialog-text = 地图要用您的位置，给您带路，告诉您在哪儿转弯。
phone-map-walk-p1-allow-fb = 做得对！地图要知道您在哪儿，才能带路。选这一个，只有您用地图的时候，它才知道您在哪儿。有的手机写“仅使用期间允许”，意思一样。
phone-map-walk-p1-this-time-fb = 也可以，这次就能带路了。只是下次打开地图，手机还会再问一遍。选“仅在使用中允许”，就不用每次都问。
phone-map-walk-p1-deny-fb = 拒绝了，地图就不知道您在哪儿，没法给您带路。地图要位置是应该的，点“仅在使用中允许”就行。
phone-map-walk-p1-volunteer-fb = 问问志愿者很好。地图要知道您在哪儿，才能带路，可以允许。选“仅在使用中允许”就行。

phone-map-walk-explain-3 = 要分清：地图要位置，是为了给您带路，可以允许。手电筒、计算器这种APP也要位置，就点拒绝。在《只在应用商店装APP，看清权限》这一课里还会细讲。
phone-map-walk-explain-4 = 打开地图，点最上面的搜索框，输入要去的地方，比如“人民公园”。打字慢，就点搜索框里或者键盘上的小话筒，说出地名。在《说话代替打字》这一课里学过。
phone-map-walk-explain-5 = 手机会列出好几个地方，名字可能一模一样。别急着点第一个。看名字下面的小字：在哪个区，哪条路。和您要去的对上了，再点它。

phone-map-walk-p2 = 您要去东城区和平街的人民公园。手机列出了好几个。请看每一行下面的地址，点东城区和平街的那一个。
phone-map-walk-p2-typed = 人民公园
phone-map-walk-p2-park = 人民公园
phone-map-walk-p2-park-west-sub = 西城区长安路，3.5公里
phone-map-walk-p2-park-east-sub = 东城区和平街，800米
phone-map-walk-p2-subway = 人民公园地铁站
phone-map-walk-p2-subway-sub = 东城区和平街，1公里
phone-map-walk-p2-parking = 人民公园停车场
phone-map-walk-p2-parking-sub = 西城区长安路，3.6公里
phone-map-walk-p2-east-fb = 对了！名字一样，地址也对上了：东城区和平街。下一步，看怎么走过去。
phone-map-walk-p2-west-fb = 这个也叫人民公园，可是在西城区长安路，不是您要去的那个。看下面的小字，找东城区和平街。
phone-map-walk-p2-subway-fb = 这是人民公园地铁站，不是公园。找名字就叫人民公园、地址是东城区和平街的那一行。
phone-map-walk-p2-parking-fb = 这是停车场，而且在西城区。找名字就叫人民公园、地址是东城区和平街的那一行。

phone-map-walk-explain-6 = 点您要去的地方，再点“路线”。有的地图写“去这里”或者“到这去”。上面一排是怎么去：驾车、公交、步行、骑行。走路去，就点步行。
phone-map-walk-explain-7 = 点了步行，地图上会画出一条走路的路线，写着要走多久、有多远。不太远，就点“开始导航”。太远了走不动，就改点公交，或者请家人帮忙。

phone-map-walk-p3 = 您点了路线。今天您想走着去公园，不坐车，也不骑车。您怎么做？
phone-map-walk-p3-title = 路线
phone-map-walk-p3-to = 到：人民公园（东城区和平街）
phone-map-walk-p3-now = 现在选的是驾车：约8分钟，2公里
phone-map-walk-btn-drive = 驾车
phone-map-walk-btn-transit = 公交
phone-map-walk-btn-walk = 步行
phone-map-walk-btn-bike = 骑行
phone-map-walk-btn-start = 开始导航
phone-map-walk-p3-walk-fb = 对了！走着去，就点步行。地图换成了走路的路线，大约走十五分钟。不远，下一步就点开始导航。
phone-map-walk-p3-drive-fb = 驾车是开车走的路线，有的路不让人走。您走着去，点步行。
phone-map-walk-p3-transit-fb = 公交是坐公交车、地铁的路线。今天您走着去，点步行。路远走不动的时候，再选公交。
phone-map-walk-p3-bike-fb = 骑行是骑自行车的路线。您走着去，点步行。
phone-map-walk-p3-start-fb = 先等一等。现在选的是驾车，导航会按开车的路带您走。先点步行，再点开始导航。

phone-map-walk-explain-8 = 开始导航后，手机会说话，比如“前方路口右转”。屏幕上的大箭头也指着方向。把声音开大一点，听着走就行。走错了也不怕，地图会重新给您找路。
phone-map-walk-explain-9 = 走路时别一直盯着手机。过马路看红绿灯，看车。想看屏幕，先站到路边停下来。导航很费电，出门前把手机充满电。

phone-map-walk-p4 = 女儿约您在菜市场见面，她说是西城区南山路的幸福里。您搜了一下，手机列出这些。您怎么做？
phone-map-walk-p4-typed = 幸福里菜市场
phone-map-walk-p4-market = 幸福里菜市场
phone-map-walk-p4-market-east-sub = 东城区和平街，500米
phone-map-walk-p4-market-west-sub = 西城区南山路，1.8公里
phone-map-walk-p4-homes = 幸福里小区
phone-map-walk-p4-homes-sub = 西城区南山路，1.9公里
phone-map-walk-p4-west-fb = 做得对！名字一样，就看地址。西城区南山路，和女儿说的一样。远一点没关系，地址对最要紧。
phone-map-walk-p4-east-fb = 这个离您最近，可是在东城区和平街。女儿说的是西城区南山路。看下面的小字，点地址对上的那一个。
phone-map-walk-p4-homes-fb = 这是幸福里小区，是住人的地方，不是菜市场。找名字是菜市场、地址是西城区南山路的那一行。
phone-map-walk-p4-family-fb = 好主意！打给女儿，问清楚是哪一个。也可以请她在微信里把位置发给您，点开就能带路。

phone-map-walk-q-1 = 地图列出了两个“人民公园”，名字一模一样。您点哪一个？
phone-map-walk-q-1-a-1 = 点第一个，肯定没错
phone-map-walk-q-1-a-1-feedback = 不一定对。排第一的，不一定是您要去的。看名字下面的地址，区和路都对上了，再点。
phone-map-walk-q-1-a-2 = 看下面的地址，对上了再点
phone-map-walk-q-1-a-2-feedback = 答对了！名字一样的地方很多，地址对上，才是您要去的。
phone-map-walk-q-1-a-3 = 点离我最近的那个
phone-map-walk-q-1-a-3-feedback = 最近的不一定对。先看地址，和您要去的对上了，再点。远一点也没关系。

phone-map-walk-q-2 = 导航开始了，您走在路上。怎么用最安全？
phone-map-walk-q-2-a-1 = 边走边盯着屏幕看
phone-map-walk-q-2-a-1-feedback = 边走边看手机，容易绊倒，也看不见车。听着声音走，想看屏幕，先停下来。
phone-map-walk-q-2-a-2 = 听着声音走，想看屏幕先停下来
phone-map-walk-q-2-a-2-feedback = 答对了！耳朵听路，眼睛看车。过马路时，先把手机放下。
phone-map-walk-q-2-a-3 = 把声音关掉，省得吵
phone-map-walk-q-2-a-3-feedback = 关了声音，就听不到在哪儿转弯了。把声音开着，开大一点，听着走。
