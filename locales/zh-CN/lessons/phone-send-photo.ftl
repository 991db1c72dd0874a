# 课程：拍照片发给家人（学用手机）
phone-send-photo-title = 拍照片发给家人
phone-send-photo-remember = 在聊天里点加号，点相册，选好照片，再点发送。身份证、银行卡的照片，不发给别人。

phone-send-photo-explain-1 = 花开了，孙子画了一幅画，想让家人也看看？用手机拍张照片，在微信里发过去。家人马上就能看到。
phone-send-photo-explain-2 = 打开微信，点开和家人的聊天。先看一眼最上面的名字，别发错了人。再点右下角的加号。
phone-send-photo-explain-3 = 点了加号，下面会出来一些按钮：相册、拍摄、视频通话、位置。以前拍好的照片，点相册。想现拍一张，点拍摄。

phone-send-photo-p1 = 女儿想看您养的花。花昨天已经拍好了。加号已经点开了，请点相册。
phone-send-photo-p1-title = 女儿 小丽
phone-send-photo-p1-m1 = 妈，您养的月季开花了吗？拍张照片给我看看。
phone-send-photo-p1-m2 = 开了，开得可好了。
phone-send-photo-p1-album = 相册
phone-send-photo-p1-camera = 拍摄
phone-send-photo-p1-location = 位置
phone-send-photo-p1-album-fb = 对了！点了相册，就能看到手机里的照片。下一步，选出花的那一张。
phone-send-photo-p1-camera-fb = 拍摄是现拍一张。花昨天已经拍好了，点相册就能找到。
phone-send-photo-p1-video-fb = 这是打视频的。想发照片，点相册。
phone-send-photo-p1-location-fb = 位置是告诉别人您在哪儿。想发照片，点相册。

phone-send-photo-explain-4 = 点了相册，就能看到手机里的照片。点一下照片右上角的小圆圈，圆圈变绿了，就是选中了。再点绿色的发送。

phone-send-photo-p2 = 这是相册。花的那张照片已经选中了，右上角的圆圈变绿了。您怎么做？
phone-send-photo-p2-title = 图片和视频
phone-send-photo-p2-preview = 预览
phone-send-photo-p2-original = 原图
phone-send-photo-p2-send-fb = 做得对！点了发送，花的照片就到女儿的聊天里了。她马上就能看到。
phone-send-photo-p2-preview-fb = 预览是把照片放大看看。看好了，点发送，照片就发出去了。
phone-send-photo-p2-original-fb = 原图是发更清楚的照片，点不点都行。要发出去，还要点发送。
phone-send-photo-p2-back-fb = 这样就回到聊天里了，照片还没发出去。再点加号，点相册，选好照片，点发送。

phone-send-photo-explain-5 = 想现拍一张，就点拍摄。手机对准要拍的东西，轻点一下屏幕下面的大圆圈，就拍好了。别按住不放，按住是录视频。拍好了，点完成，照片就发出去了。

phone-send-photo-p3 = 孙子画了一幅画，您想拍给儿子看。您在和儿子的聊天里点了加号，又点了拍摄。画已经拍好了，拍得很清楚。您怎么做？
phone-send-photo-p3-retake = 重拍
phone-send-photo-p3-edit = 编辑
phone-send-photo-p3-done-fb = 做得对！点了完成，画的照片就发给儿子了。
phone-send-photo-p3-retake-fb = 重拍是再拍一张。这张已经拍清楚了，点完成就能发出去。
phone-send-photo-p3-edit-fb = 编辑是在照片上写字、画画。不用改，点完成就能发出去。

phone-send-photo-explain-6 = 发照片也要小心。身份证、银行卡、验证码，都别拍了发给别人。聊天里有人要，说得再好听也别发。家人要，也先打个电话问一问。

phone-send-photo-p4 = 一个不认识的人加了您的微信，发来这些话。您怎么回？
phone-send-photo-p4-title = 养老补贴办理
phone-send-photo-p4-m1 = 阿姨您好，您有一笔养老补贴可以领了。
phone-send-photo-p4-m2 = 请把身份证正面、反面，还有银行卡，拍照发给我，我帮您办。
phone-send-photo-p4-send = 好的，我这就拍了发给你
phone-send-photo-p4-refuse = 证件照片不发，我去社区问问
phone-send-photo-p4-card-only = 身份证不发，只发银行卡行吗
phone-send-photo-p4-refuse-fb = 做得对！身份证和银行卡的照片，不发给别人。补贴的事，去社区问，或者打12345问清楚。
phone-send-photo-p4-send-fb = 先别发。有了这些照片，骗子能用您的名字办事、骗钱。补贴的事，去社区问清楚。
phone-send-photo-p4-card-only-fb = 银行卡的照片也别发，骗子会拿它骗钱。补贴的事，去社区问清楚。
phone-send-photo-p4-family-fb = 很好！先问问家人，最稳妥。证件照片不发给不认识的人。
phone-send-photo-p4-volunteer-fb = 很好！问问志愿者，最稳妥。证件照片不发给不认识的人。

phone-send-photo-q-1 = 您想把孙子的照片发给女儿。打开和她的聊天以后，怎么做？
phone-send-photo-q-1-a-1 = 点加号，点相册，选好照片，点发送
phone-send-photo-q-1-a-1-feedback = 答对了！就是这几步。多练几次，就熟了。
phone-send-photo-q-1-a-2 = 点左下角的话筒
phone-send-photo-q-1-a-2-feedback = 话筒是发语音用的。发照片，点右下角的加号，再点相册，选好照片，点发送。
phone-send-photo-q-1-a-3 = 点视频通话
phone-send-photo-q-1-a-3-feedback = 视频通话是打视频。发照片，点加号，再点相册，选好照片，点发送。

phone-send-photo-q-2 = 哪种照片，不管谁在聊天里要，都不能发？
phone-send-photo-q-2-a-1 = 家里花开的照片
phone-send-photo-q-2-a-1-feedback = 花的照片，发给家人没关系。要小心的是身份证、银行卡、验证码，谁要都不发。
phone-send-photo-q-2-a-2 = 身份证、银行卡的照片
phone-send-photo-q-2-a-2-feedback = 答对了！身份证、银行卡、验证码，谁要都不发。家人要，也先打个电话问一问。
phone-send-photo-q-2-a-3 = 孙子画的画
phone-send-photo-q-2-a-3-feedback = 孙子的画，发给家人没关系。要小心的是身份证、银行卡、验证码，谁要都不发。
