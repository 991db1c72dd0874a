# Lesson: "Like and earn" jobs
safety-order-brushing-title = "Like and earn" jobs
safety-order-brushing-remember = A "job" that first pays you a little and then asks you to pay in advance is always a scam. Never pay in advance, not even one cent.

safety-order-brushing-explain-1 = Someone adds you to a group and offers a job you can do at home: like videos, follow shops, write good reviews, and earn two hundred yuan a day. This is the "like and earn" scam. In 2022 the Ministry of Public Security said about one fraud case in three was this kind.
safety-order-brushing-explain-2 = First the scammer gives you a small treat. You like a few videos, and he really sends you a few yuan, so that you trust him. Many people in the group post screenshots of money they got. Most of them are the scammers themselves, and screenshots can be faked.

# Shared name
safety-order-brushing-teacher = Task Teacher Xiaoyu

safety-order-brushing-p1 = A neighbor added you to a job group. Everyone there is showing off money. Don't believe it: most of them are scammers in disguise. This time, please tap: I'm not doing this, I'm leaving the group.
safety-order-brushing-p1-group = Work-from-Home Perks Group (268)
safety-order-brushing-p1-member-1 = Happy Days
safety-order-brushing-p1-member-2 = Retired Lao Li
safety-order-brushing-p1-member-3 = Lucky Star
safety-order-brushing-p1-m1 = Today's task: like the video, send me a screenshot, and earn three yuan each time. Just tap at home and make two hundred yuan a day, easy!
safety-order-brushing-p1-m2 = [Payment screenshot] WeChat transfer ¥268.00 received
safety-order-brushing-p1-m2-speech = Payment screenshot: WeChat transfer, two hundred sixty-eight yuan, received.
safety-order-brushing-p1-m3 = I'm retired, and yesterday I did more than ten tasks. The money all came in. Thank you, teacher!
safety-order-brushing-p1-m4 = Just cashed out! The teacher is for real!
safety-order-brushing-p1-join = I want to earn too. How do I sign up?
safety-order-brushing-p1-leave = I'm not doing this, I'm leaving the group
safety-order-brushing-p1-try = I'll try one task first, it's just a like
safety-order-brushing-p1-leave-fb = Well done! "Earn money by liking videos at home" is a scammer's line. After you leave the group, tell your family about it.
safety-order-brushing-p1-join-fb = Please don't sign up. The people showing off money are mostly scammers in disguise. Liking videos is only the start. Next they will ask you to pay in advance. Just leave the group.
safety-order-brushing-p1-try-fb = Don't try even one. A like and a few yuan are the bait. Next they will ask you to pay in advance. Just leave the group.
safety-order-brushing-p1-family-fb = Very good! Let your family take a look. This is a "like and earn" scam. Just leave the group.
safety-order-brushing-p1-volunteer-fb = Very good! Asking a volunteer is the safest. This is a "like and earn" scam. Just leave the group.

safety-order-brushing-p2 = Suppose you already liked a few videos. The task teacher sends you a private message. What do you do?
safety-order-brushing-p2-m1 = Congratulations on finishing your beginner tasks! Your commission has been sent.
safety-order-brushing-p2-m2 = WeChat transfer ¥5.00 received
safety-order-brushing-p2-m2-speech = WeChat transfer, five yuan, received.
safety-order-brushing-p2-m3 = Tomorrow I'll give you merchant tasks. One task pays a few hundred yuan. Places are limited, so don't tell your family yet. They don't understand this.
safety-order-brushing-p2-continue = Thank you, teacher! I'll keep going tomorrow
safety-order-brushing-p2-stop = This is just a small treat. I'm stopping
safety-order-brushing-p2-card = I'll send you my bank card number so you can pay me
safety-order-brushing-p2-stop-fb = Well done! Those five yuan are bait, to make you trust him. "Merchant tasks" mean paying in advance. He says not to tell your family, so that is exactly what you should do.
safety-order-brushing-p2-continue-fb = Please stop here. The few yuan were sent so you would trust him. Merchant tasks make you pay first, and that money never comes back. Don't go on. Talk it over with your family.
safety-order-brushing-p2-card-fb = Don't send your bank card number to someone you don't know. He pays a little first, and then he asks you to pay in advance. Don't go on. Tell your family.
safety-order-brushing-p2-family-fb = Very good! He told you not to tell your family, so you tell them. One more pair of eyes keeps you safer.

safety-order-brushing-explain-3 = Next the scammer offers "merchant tasks": you pay for goods first, and he promises to send it all back at once with a commission. Once you pay, he says you made a mistake, your account is frozen, and you must pay more to "unfreeze" it. You pay more and more, and not a cent comes back.

safety-order-brushing-p3 = Suppose you already paid in a few times. The task teacher sends these messages. What do you do?
safety-order-brushing-p3-m1 = You ran out of time on this task, so the system froze your account.
safety-order-brushing-p3-m2 = Account balance ¥2,860.00 (frozen, cannot withdraw)
safety-order-brushing-p3-m2-speech = Account balance: two thousand eight hundred sixty yuan, frozen, cannot withdraw.
safety-order-brushing-p3-m3 = Top up two thousand yuan more and finish this round, and it unfreezes right away. Then you can take out your money and commission together. If you don't, everything you paid is lost.
safety-order-brushing-p3-pay = OK, I'll top up two thousand to get my money back
safety-order-brushing-p3-half = Can I top up one thousand first?
safety-order-brushing-p3-stop = I'm done. I won't send another cent
safety-order-brushing-p3-stop-fb = Well done! An "unfreezing fee" is a scammer's trick. However much you pay, nothing comes back. For the money you already paid, call 110 now to report it, then tell your family.
safety-order-brushing-p3-report-fb = Well done! Report him, and don't send another cent. Keep the chat, don't delete it. Call 110 now to report it, then tell your family.
safety-order-brushing-p3-block-fb = Well done! Block him so you don't have to listen to him. Keep the chat, don't delete it. Call 110 now to report it, then tell your family.
safety-order-brushing-p3-pay-fb = Please don't send any more. If you pay two thousand, he will find another reason to ask for more, and the earlier money won't come back either. Stop now, call 110 to report it, and tell your family.
safety-order-brushing-p3-half-fb = Paying less doesn't help either. No amount will unfreeze it. Please don't send another cent. Call 110 now and tell your family.
safety-order-brushing-p3-family-fb = Very good! Tell your family right away, and call 110 together to report it. Don't send another cent.
safety-order-brushing-p3-volunteer-fb = Very good! Let a volunteer look at it with you, then call 110 to report it. Don't send another cent.

safety-order-brushing-explain-4 = Not every group is a danger. Your neighborhood's residents group often has good news from the community: volunteer events, free classes. If nobody asks you to pay or to pay in advance, you can read it and join in without worry. If you are unsure, ask at the neighborhood committee office in person.

safety-order-brushing-p4 = Your neighborhood has a residents group. Xiao Chen from the community office posts a notice. What do you do?
safety-order-brushing-p4-group = Xingfuli Residents Group (356)
safety-order-brushing-p4-worker = Xiao Chen, community worker
safety-order-brushing-p4-neighbor = Auntie Liu, Building 3
safety-order-brushing-p4-m1 = Hello, neighbors! This Saturday at nine in the morning, there is a free phone class in the community activity room. Volunteers will show you step by step how to use your phone.
safety-order-brushing-p4-m2 = It is completely free. No payment needed, just bring your phone. If you want to come, reply in the group to sign up.
safety-order-brushing-p4-m3 = Sign me up, thank you!
safety-order-brushing-p4-join = Sign me up, I'll come on Saturday
safety-order-brushing-p4-fee = Is there a sign-up fee? I'll send fifty yuan first
safety-order-brushing-p4-leave = I won't go. Messages in groups are all scams
safety-order-brushing-p4-join-fb = Well done! This is a free community event, so you can sign up without worry. Just bring your phone on Saturday.
safety-order-brushing-p4-fee-fb = No need to send money. The notice says it is completely free. Just reply to sign up. It is when someone in a group asks you to pay first that you should be careful.
safety-order-brushing-p4-leave-fb = Being careful is good. But this notice asks for no money. It is a community event, and you can sign up without worry. If you are unsure, ask at the neighborhood committee office.
safety-order-brushing-p4-family-fb = Asking your family is fine too. This notice asks for no money. It is a community event, and you can sign up without worry.

safety-order-brushing-q-1 = The job group says: "Pay three hundred yuan in advance for a merchant task, and get three hundred sixty back right away." What is this?
safety-order-brushing-q-1-a-1 = A good deal. The more I pay in, the more I earn
safety-order-brushing-q-1-a-1-feedback = This is a scam. With a job that makes you pay first, the money you put in never comes back. Don't pay a single cent.
safety-order-brushing-q-1-a-2 = A scam. Any job that makes me pay first is a scam
safety-order-brushing-q-1-a-2-feedback = That's right! A real job pays you wages. It never asks you to pay first.
safety-order-brushing-q-1-a-3 = I'll pay once to try, and see if the money comes back
safety-order-brushing-q-1-a-3-feedback = The first time, the money often really comes back, so that you will pay in more. Don't try even once.

safety-order-brushing-q-2 = The task teacher says: "Your account is frozen. Pay two thousand yuan more to unfreeze it and take out your money." What do you do?
safety-order-brushing-q-2-a-1 = Pay the two thousand to get the earlier money back
safety-order-brushing-q-2-a-1-feedback = After that, there will be another payment, and you will only lose more. Don't send anything more. Call 110 now and tell your family.
safety-order-brushing-q-2-a-2 = Don't send another cent, call 110 to report it, and tell my family
safety-order-brushing-q-2-a-2-feedback = That's right! The sooner you report it, the better. Keep the chat and the payment records, don't delete them. The police will need them.
safety-order-brushing-q-2-a-3 = I'm embarrassed to tell my family, so I'll find the money myself
safety-order-brushing-q-2-a-3-feedback = There is nothing to be embarrassed about. Scammers are very good at tricking people. The sooner you speak up, the less you lose. Please tell your family now and call 110.

safety-order-brushing-q-3 = Which of these messages can you trust?
safety-order-brushing-q-3-a-1 = Community group: a free phone class on Saturday, no fees at all
safety-order-brushing-q-3-a-1-feedback = That's right! A free community event is safe to join. If you are unsure, ask at the neighborhood committee office.
safety-order-brushing-q-3-a-2 = Job group: earn two hundred yuan a day by liking videos, pay a membership fee first
safety-order-brushing-q-3-a-2-feedback = This is a "like and earn" scam. If you must pay before you can earn money by liking videos, it is surely a scammer.
safety-order-brushing-q-3-a-3 = Task teacher: pay to unfreeze your account before you can take your money out
safety-order-brushing-q-3-a-3-feedback = An "unfreezing fee" is a scammer's trick. However much you pay, nothing comes back. Don't pay anything.

safety-order-brushing-explain-5 = If you already sent money, stop now and don't send another cent. Call 110 to report it, and don't delete the chat or the payment records. Then tell your family. The lesson "If you've been cheated" explains more.
