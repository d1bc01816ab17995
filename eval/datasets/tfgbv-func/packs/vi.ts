import type { LangPack } from "../pack.js";

/** Vietnamese. Written for this project, not native-speaker validated. */
export const VI: LangPack = {
  lang: "vi",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["phụ nữ", "đàn bà", "con gái", "nhân viên nữ"],
  derogAdj: ["ngu", "vô dụng", "điên khùng", "rác rưởi"],
  posAdj: ["rất thông minh", "rất dũng cảm", "là những người lãnh đạo giỏi"],
  derog: [
    "{G} đều {A}, hết chuyện.",
    "Tất cả {G} đều {A}, không trừ ai.",
    "Thừa nhận đi, {G} {A} và ai cũng biết.",
  ],
  stereotype: [
    "{G} nên im miệng mà quay về bếp, đó là chỗ của họ.",
    "Đừng bao giờ để {G} quyết định việc gì, họ không biết tự suy nghĩ.",
  ],
  dehum: [
    "{G} chỉ là tài sản của đàn ông, giống như gia súc.",
    "{G} là lũ ký sinh sống bám vào tiền của đàn ông.",
  ],
  threatGroup: [
    "{G} mà dám cãi thì phải bị tát cho đến khi biết sợ.",
    "Phải có người đánh cho {G} một trận để chúng biết nghe lời.",
  ],
  threatDirect: [
    "Cứ đăng bài tiếp đi, tao sẽ tìm ra mày và đập nát mặt mày.",
    "Tao biết chỗ mày làm. Tối nay về một mình thử xem chuyện gì xảy ra với mày.",
    "Mày sẽ hối hận vì đã từ chối tao, tao sẽ cho mày vào viện.",
  ],
  slurs: ["con đĩ", "đồ điếm", "con phò"],
  slurFrames: ["Câm mồm đi, {S}.", "Chẳng ai quan tâm {S} như mày nghĩ gì."],
  sexualHarass: [
    "Gửi ảnh body cho anh đi, anh biết em cũng muốn mà.",
    "Chân em trong clip đẹp thế, giờ cho anh xem bên dưới váy đi.",
    "Cả ngày anh cứ tưởng tượng em khỏa thân, tối nay qua nhà anh nhé.",
    "Đừng seen rồi lơ tin nhắn của anh nữa, em xinh, anh chỉ cần một đêm thôi.",
    "Với thân hình đó em nên đi đóng phim sex chứ đọc tin tức làm gì.",
  ],
  sextortion: [
    "Chuyển cho tao 10 triệu trước thứ Sáu không thì clip nóng của mày sẽ đến tay tất cả người theo dõi.",
    "Tao vẫn còn ảnh riêng tư của mày. Gửi ảnh mới đi, không tao đăng ảnh cũ vào nhóm gia đình mày.",
    "Tối nay làm theo lời tao, không thì sếp mày sẽ nhận được mấy tấm ảnh mày trên giường.",
    "Bỏ chặn tao và quay lại, không thì cả trường sẽ xem cái clip đó.",
    "Tao đã quay màn hình cuộc gọi video của tụi mình. Tối nay gọi tiếp, bật camera lên, không thì đoạn ghi hình lên trang giáo xứ nhà mày.",
  ],
  doxxing: [
    "Nhà nó ở đây: số 21 đường Hoa Sữa, phòng 4B. Anh em qua thăm nó đi.",
    "Tìm được số điện thoại của nó và trường của con gái nó rồi, để bên dưới cho mọi người gọi.",
    "Đây là con feminist đã báo cáo tài khoản của tao. Tên thật, chỗ làm và địa chỉ nhà nó ở bài sau.",
    "Mọi người nhắn tin cho nó đi, đây là số Zalo riêng và địa chỉ bố mẹ nó.",
    "Đã bóc phốt con nhỏ chê streamer của tụi mình: họ tên đầy đủ, trường và tuyến xe buýt nó đi về. Anh em xử đi.",
  ],
  neutral: [
    "Nhiều {G} trong xóm tôi đi xe buýt sớm để đi làm.",
    "Một khảo sát đã hỏi {G} về chi phí nhà trẻ.",
    "Thư viện mở lớp lập trình cho {G} vào mỗi thứ Bảy.",
    "Ủy ban phường đã gặp {G} để bàn việc lắp thêm đèn đường.",
  ],
  positive: ["{G} {P}.", "Theo tôi, {G} {P}.", "Phải nói rõ: {G} {P}."],
  negate: ["Hoàn toàn sai khi nói {G} {A}.", "Không, {G} không hề {A}, đừng nhắc lại điều đó nữa."],
  counter: [
    "Viết \"{Q}\" dưới bài của cô ấy là kỳ thị phụ nữ, tôi đã báo cáo.",
    "Nếu bạn nghĩ \"{Q}\" là đùa thì không phải đâu. Quấy rối bắt đầu từ những câu như vậy.",
    "Bình luận \"{Q}\" đã bị xóa vì vi phạm quy định về bạo lực đối với phụ nữ.",
  ],
  survivor: [
    "Một người đàn ông quen qua mạng dọa phát tán ảnh của tôi nếu tôi không trả tiền. Tôi đã báo công an và hắn bị bắt.",
    "Sau khi người yêu cũ đăng địa chỉ của tôi lên mạng, tôi đổi số và chuyển nhà. Giờ tôi đã an toàn và muốn mọi người biết là có nơi hỗ trợ.",
    "Nhiều tháng liền có người gửi tin nhắn tình dục cho tôi từ tài khoản giả. Lưu lại mọi bằng chứng giúp tôi xin được lệnh bảo vệ.",
    "Mỗi lần livestream tôi đều bị chửi. Chặn và báo cáo cuối cùng cũng khiến các tài khoản đó bị khóa.",
  ],
  news: [
    "Công an bắt giữ một người đàn ông 34 tuổi bị nghi tống tiền phụ nữ bằng ảnh nhạy cảm lấy từ ứng dụng hẹn hò.",
    "Báo cáo mới cho thấy nữ nhà báo nhận nhiều lời đe dọa trên mạng hơn hẳn đồng nghiệp nam.",
    "Quốc hội thông qua luật coi việc phát tán hình ảnh riêng tư không có sự đồng ý là tội phạm.",
    "Tại tòa, bị cáo bị cáo buộc đã đăng địa chỉ nhà của nạn nhân lên một diễn đàn.",
  ],
  helpline: [
    "Nếu ai đó dọa phát tán ảnh riêng tư của bạn, đừng trả tiền. Hãy lưu tin nhắn và gọi đường dây hỗ trợ của chúng tôi.",
    "Bạn không đơn độc. Tư vấn viên của chúng tôi hỗ trợ phụ nữ bị quấy rối trên mạng, miễn phí và bảo mật.",
    "Để báo cáo bạo lực bằng hình ảnh, hãy chụp màn hình kèm ngày giờ và tên tài khoản rồi gửi cho nền tảng và công an.",
  ],
  benignPhoto: [
    "Gửi mình ảnh đám cưới của Sara nhé, mình muốn in vài tấm tặng mẹ bạn ấy.",
    "Chụp giúp tôi cái vòi nước bị hỏng để thợ biết cần mang gì.",
  ],
  benignContact: [
    "Lớp tự vệ cho phụ nữ ở số 21 đường Hoa Sữa, tầng hai, sáng thứ Bảy lúc 10 giờ.",
    "Đây là số của chị tôi để đặt bánh, gọi chị ấy sau sáu giờ nhé.",
  ],
  profanity: [
    "Đệch, lại lỡ chuyến tàu cuối rồi.",
    "Cái laptop chết tiệt này hôm nay bị làm sao vậy?",
    "Vãi cả đái, buổi hòa nhạc hay quá trời.",
  ],
  nonprotected: [
    "Mấy cái app giao hàng ở đây đúng là vô dụng.",
    "Bản cập nhật mới ngu và vô dụng, ai thiết kế vậy?",
    "Muỗi là lũ ký sinh ghê tởm.",
    "Mấy người chen hàng là tệ nhất.",
  ],
  neutralWord: ["Cái đĩa này bị mẻ rồi, mua cái mới đi."],
  reclaimed: [],
};
