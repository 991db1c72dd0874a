# Lesson: Voice messages (Using my phone)
phone-voice-message-title = Voice messages
phone-voice-message-remember = To send: hold to talk, let go when you are done. To listen: just tap it once.

phone-voice-message-explain-1 = If typing is slow and the letters are small, send a voice message instead. You say a sentence, and your family hears your own voice. You can do it right in a WeChat chat.
phone-voice-message-explain-2 = First open the chat with your family. At the very bottom is the box for typing. To the left of it is a small voice sign. Tap it, and that place turns into "Hold to Talk". Tap it again to go back to typing.
phone-voice-message-explain-3 = Press and hold "Hold to Talk". Keep your finger down and speak to the phone. When you finish, lift your finger, and the voice message is sent.
phone-voice-message-explain-4 = Made a mistake? No problem. Keep your finger down and slide it up. When you see "Cancel", lift your finger, and that message is not sent. One message can be up to one minute long; if you have a lot to say, send a few.

phone-voice-message-daughter = My daughter Li
phone-voice-message-grandson = My grandson Lele
phone-voice-message-btn-keyboard = Keyboard
phone-voice-message-btn-talk = Hold to Talk
phone-voice-message-btn-mic = Voice
phone-voice-message-btn-emoji = Emoji
phone-voice-message-btn-plus = Plus

phone-voice-message-p1 = Your daughter sent a message, and you want to answer by speaking. The bottom already shows "Hold to Talk". Please hold it while you speak, then let go.
phone-voice-message-p1-m1 = Mom, it's turned cold today. Wear something warm when you go out.
phone-voice-message-p1-talk-fb = Well done! On a real phone, keep your finger down and say something like "Got it, I'll wrap up warm." Then lift your finger, and your daughter gets the voice message.
phone-voice-message-p1-keyboard-fb = This switches back to typing. To send a voice message, hold down "Hold to Talk", speak, then let go.

phone-voice-message-p2 = Your grandson sends good news. You want to answer by speaking, not typing. What do you tap first?
phone-voice-message-p2-m1 = Grandma, I got full marks on my test!
phone-voice-message-p2-mic-fb = Right! On a real phone it sits just left of the typing box. Tap it, and that place turns into "Hold to Talk". Hold it, speak, let go, and your grandson hears you praise him.
phone-voice-message-p2-emoji-fb = This is for sending little pictures, like a smiley face. To answer by speaking, tap the small voice sign just left of the typing box.
phone-voice-message-p2-plus-fb = The plus is for sending photos, video calls and such. To answer by speaking, tap the small voice sign just left of the typing box.

phone-voice-message-explain-5 = A voice message from your family shows in the chat as a short bar with a number of seconds on it. If you haven't heard it yet, there is a small red dot beside it. Tap it once, and it starts to play.
phone-voice-message-explain-6 = Didn't catch it? Tap it again to hear it from the start. Too quiet? Press the volume button on the side of the phone. Too noisy around you? Hold down the message and tap "Convert to Text" to read it instead.

phone-voice-message-p3 = Your daughter answered with a voice message. Listen. How do you reply?
phone-voice-message-p3-m1 = Are you coming home for dinner this weekend?
phone-voice-message-p3-m2 = Mom, we're coming home for lunch this Saturday. Don't go to any trouble, we'll bring the food.
phone-voice-message-p3-right = Lovely, see you Saturday at noon.
phone-voice-message-p3-wrong-day = Lovely, see you Sunday evening.
phone-voice-message-p3-cook = Lovely, I'll go shopping and cook a big meal.
phone-voice-message-p3-right-fb = Right! She said Saturday at noon. You listened carefully.
phone-voice-message-p3-wrong-day-fb = She said Saturday at noon. Not catching it is fine: on a real phone, tap the voice message again and hear it from the start.
phone-voice-message-p3-cook-fb = She said they will bring the food, so you don't need to go to any trouble. Not catching it is fine: tap the voice message again and listen once more.

phone-voice-message-q-1 = Your daughter sent a voice message, and you want to hear it. What do you do?
phone-voice-message-q-1-a-1 = Tap the voice message once
phone-voice-message-q-1-a-1-feedback = That's right! One tap starts it, and another tap stops it.
phone-voice-message-q-1-a-2 = Press and hold the voice message
phone-voice-message-q-1-a-2-feedback = Holding it opens a small menu for converting to text or deleting. To listen, a single tap is all you need.
phone-voice-message-q-1-a-3 = Tap the plus at the bottom right
phone-voice-message-q-1-a-3-feedback = The plus is for photos and video calls. To listen, just tap the voice message once.

phone-voice-message-q-2 = You are holding "Hold to Talk", and halfway through you realize you said something wrong. What do you do?
phone-voice-message-q-2-a-1 = Let go to send it, then say it again
phone-voice-message-q-2-a-1-feedback = Once you let go, it is sent. Next time, keep your finger down, slide up, and let go when you see "Cancel". If it has already gone, you can hold it down within two minutes and tap "Recall".
phone-voice-message-q-2-a-2 = Keep my finger down, slide up, and let go at "Cancel"
phone-voice-message-q-2-a-2-feedback = That's right! Then the message is not sent. Just hold the button again and say it once more.
phone-voice-message-q-2-a-3 = Turn off the phone right away
phone-voice-message-q-2-a-3-feedback = No need to turn off the phone. Keep your finger down, slide up, and let go when you see "Cancel". Then the message is not sent.

phone-voice-message-explain-7 = A voice message can come from a scammer too. If someone in a group sends a voice message asking to borrow money, don't send any, even if they say they are an old friend and sound like one. Call their usual number and ask first.

phone-voice-message-p4 = In your old classmates' group, a name you don't know well sends a voice message. What do you do?
phone-voice-message-p4-group = Old classmates
phone-voice-message-p4-member-1 = Wang Jianguo
phone-voice-message-p4-member-2 = Sunny Days
phone-voice-message-p4-m1 = Happy weekend, everyone! The reunion is next month. I'll tell you where once it's settled.
phone-voice-message-p4-m2 = Hello, old classmates, it's me, Old Zhou. Something urgent has come up at home. Could someone lend me two thousand yuan? Just transfer it to me, and I'll pay it back in a few days.
phone-voice-message-p4-send = All right, I'll transfer it now
phone-voice-message-p4-check = I'll call Old Zhou's usual number first
phone-voice-message-p4-code = Send me your payment code
phone-voice-message-p4-check-fb = Well done! When money comes up, call the person's usual number. If it is true, there is still time to help.
phone-voice-message-p4-send-fb = Don't send it yet. A name and a voice in a group can both be fake, and money that is sent is very hard to get back. Call Old Zhou's usual number first, or ask your family.
phone-voice-message-p4-code-fb = Don't ask for a payment code. Scanning it means paying money to him. When someone you don't know well asks to borrow, call Old Zhou's usual number first.
phone-voice-message-p4-family-fb = Very good! Asking your family first is the safest thing. You can also call Old Zhou's usual number to check.
phone-voice-message-p4-volunteer-fb = Very good! Ask a volunteer to look at it with you. When money comes up, call the person's usual number first.
