import { type DemoCourse, multiple, single, trueFalse } from './demo-courses.types';

export const KHTT_COURSE: DemoCourse = {
  code: 'KHTT',
  title: 'Nhận diện và xử lý khủng hoảng truyền thông',
  summary:
    'Dấu hiệu và các giai đoạn của khủng hoảng truyền thông trong trường học, phòng ngừa rủi ro, quy trình ứng phó và khôi phục niềm tin sau sự cố.',
  hours: 6,
  programmeCode: 'BDTT',
  sections: [
    {
      title: 'Nhận diện khủng hoảng',
      lessons: [
        {
          kind: 'text',
          title: 'Khủng hoảng truyền thông trong trường học',
          minutes: 20,
          html: `<h2>Thế nào là khủng hoảng truyền thông?</h2>
<p><strong>Khủng hoảng truyền thông</strong> là tình huống một sự việc, thông tin về đơn vị lan truyền nhanh, thu hút sự chú ý tiêu cực của dư luận, đe dọa uy tín và niềm tin của xã hội đối với đơn vị, đòi hỏi phải xử lý khẩn trương.</p>
<p>Kế hoạch truyền thông của các sở giáo dục đều đặt yêu cầu <strong>xây dựng dự phòng rủi ro truyền thông, phương thức kiểm soát nguy cơ khủng hoảng và quy trình nhận diện, xử lý khủng hoảng</strong>.</p>
<h3>Các nguồn nguy cơ thường gặp</h3>
<ul>
<li>Ứng xử chưa chuẩn mực của người lớn với học sinh, hoặc bạo lực học đường được quay video.</li>
<li>Các khoản thu, chi, quản lý tài chính chưa công khai, minh bạch.</li>
<li>Sự cố an toàn: ngộ độc thực phẩm, tai nạn, cơ sở vật chất xuống cấp.</li>
<li>Sai sót trong thi cử, tuyển sinh, đánh giá.</li>
<li>Tin giả, văn bản giả mạo về chính sách giáo dục.</li>
</ul>
<p>Không phải mọi ý kiến phàn nàn đều là khủng hoảng. Điều phân biệt là <strong>tốc độ lan truyền</strong>, <strong>mức độ chú ý</strong> của dư luận và <strong>nguy cơ ảnh hưởng</strong> đến niềm tin vào nhà trường và ngành Giáo dục.</p>
<h3>Dấu hiệu sớm</h3>
<ol>
<li>Số bình luận, chia sẻ về một bài đăng tăng đột biến.</li>
<li>Nhiều phụ huynh hỏi cùng một câu hỏi trong thời gian ngắn.</li>
<li>Phóng viên liên hệ để xác minh.</li>
<li>Các trang, nhóm lớn trên mạng xã hội bắt đầu đăng lại.</li>
</ol>
<h3>Các giai đoạn của một cuộc khủng hoảng</h3>
<p>Một cuộc khủng hoảng thường đi qua bốn giai đoạn: <strong>tiềm ẩn</strong> (vấn đề đã có nhưng chưa ai nói đến), <strong>bùng phát</strong> (thông tin lan truyền nhanh), <strong>kéo dài</strong> (báo chí và dư luận tiếp tục đặt câu hỏi) và <strong>lắng xuống</strong>. Can thiệp càng sớm, giai đoạn bùng phát và kéo dài càng ngắn.</p>
<blockquote>Phát hiện sớm một giờ có thể giảm đáng kể mức độ của một cuộc khủng hoảng.</blockquote>`,
        },
        {
          kind: 'text',
          title: 'Phòng ngừa rủi ro truyền thông',
          minutes: 15,
          html: `<h2>Phòng ngừa tốt hơn xử lý</h2>
<p>Phần lớn khủng hoảng bắt nguồn từ một vấn đề có thật đã tồn tại từ trước. Vì vậy, việc đầu tiên là <strong>làm tốt và công khai, minh bạch</strong> những việc dễ gây thắc mắc.</p>
<h3>Những việc cần làm ngay từ đầu năm học</h3>
<ul>
<li>Lập danh sách rủi ro của đơn vị và người phụ trách từng rủi ro.</li>
<li>Xác định <strong>tổ xử lý sự cố truyền thông</strong>: thủ trưởng, người phát ngôn, cán bộ truyền thông, bộ phận chuyên môn liên quan.</li>
<li>Chuẩn bị sẵn danh bạ liên hệ: cơ quan quản lý cấp trên, chính quyền địa phương, cơ quan chức năng.</li>
<li>Soạn sẵn mẫu thông tin ban đầu cho một số tình huống thường gặp.</li>
<li>Công khai các khoản thu, chi và kết quả theo quy định.</li>
</ul>
<p>Danh sách rủi ro nên được rà soát lại vào đầu mỗi học kỳ và sau mỗi sự việc phát sinh, vì nguy cơ thay đổi theo từng thời điểm: mùa tuyển sinh, kỳ thi, đợt thu các khoản đầu năm hay các chuyến tham quan, trải nghiệm của học sinh.</p>
<h3>Theo dõi dư luận</h3>
<p>Kế hoạch của thành phố giao các địa phương <strong>chủ động nắm bắt dư luận</strong>. Cán bộ truyền thông nên dành thời gian mỗi ngày xem bình luận trên trang của trường, các nhóm phụ huynh và trang tin địa phương, ghi lại những vấn đề được quan tâm và báo cáo khi cần.</p>
<h3>Diễn tập</h3>
<p>Mỗi năm, tổ xử lý sự cố nên diễn tập ít nhất một tình huống giả định: ai được báo, ai quyết định, thông tin ban đầu đăng ở đâu, trong bao lâu.</p>
<p>Sau mỗi lần diễn tập, tổ ghi lại những điểm còn lúng túng, chẳng hạn chưa có số điện thoại của người cần báo hoặc mẫu thông tin còn dài, và sửa ngay trong kế hoạch phòng ngừa của năm học.</p>`,
        },
      ],
    },
    {
      title: 'Ứng phó và khôi phục',
      lessons: [
        {
          kind: 'text',
          title: 'Quy trình ứng phó khủng hoảng',
          minutes: 20,
          html: `<h2>Sáu bước ứng phó</h2>
<ol>
<li><strong>Xác minh nhanh</strong>: điều gì đã xảy ra, ở đâu, ai liên quan, thông tin nào đã lan truyền.</li>
<li><strong>Báo cáo</strong> thủ trưởng đơn vị và cơ quan quản lý cấp trên; triệu tập tổ xử lý sự cố.</li>
<li><strong>Bảo vệ con người</strong> trước hết: an toàn, sức khỏe, quyền riêng tư của học sinh.</li>
<li><strong>Thông tin ban đầu</strong> qua người phát ngôn: thừa nhận sự việc, nêu việc đang làm, hẹn thời điểm cập nhật.</li>
<li><strong>Cập nhật</strong> đều đặn, nhất quán trên các kênh chính thức; trả lời báo chí theo quy chế.</li>
<li><strong>Khắc phục và công bố kết quả</strong> xử lý khi có kết luận.</li>
</ol>
<h3>Những điều không nên làm</h3>
<ul>
<li>Im lặng kéo dài hoặc phủ nhận khi chưa xác minh.</li>
<li>Xóa bài đăng, khóa bình luận hàng loạt.</li>
<li>Đổ lỗi cho học sinh, phụ huynh hoặc báo chí.</li>
<li>Để nhiều người phát ngôn với nội dung khác nhau.</li>
</ul>
<p>Mọi thông tin đưa ra trong khủng hoảng đều được lưu lại cùng thời điểm đăng, để đơn vị đối chiếu khi cập nhật và khi báo cáo cấp trên.</p>
<h3>Ví dụ về thông tin ban đầu</h3>
<p>"Sáng nay, nhà trường nhận được phản ánh về việc một số học sinh có biểu hiện đau bụng sau bữa ăn bán trú. Các em đã được đưa đi khám và hiện sức khỏe ổn định. Nhà trường đã báo cáo cơ quan quản lý, phối hợp với cơ quan y tế lấy mẫu thức ăn để kiểm tra và sẽ thông tin kết quả ngay khi có kết luận."</p>
<h2>Khôi phục niềm tin</h2>
<p>Sau khủng hoảng, đơn vị công bố những thay đổi đã thực hiện, tiếp tục truyền thông về hoạt động tích cực, và <strong>rút kinh nghiệm</strong>: cập nhật danh sách rủi ro, mẫu thông tin, quy trình.</p>
<blockquote>Trung thực, kịp thời, nhất quán và đặt lợi ích của học sinh lên trên hết.</blockquote>`,
        },
        { kind: 'quiz', title: 'Bài kiểm tra cuối khóa', minutes: 15 },
      ],
    },
  ],
  questions: [
    single(
      'Bước đầu tiên khi phát hiện một sự việc có nguy cơ thành khủng hoảng truyền thông là gì?',
      [
        'Xác minh nhanh sự việc',
        'Xóa mọi bài đăng liên quan',
        'Phủ nhận ngay',
        'Chờ sự việc lắng xuống',
      ],
      0,
      'Cần biết rõ điều gì đã xảy ra trước khi báo cáo và thông tin.',
    ),
    multiple(
      'Dấu hiệu sớm nào cho thấy một sự việc đang lan rộng?',
      [
        'Bình luận, chia sẻ tăng đột biến',
        'Nhiều phụ huynh hỏi cùng một câu hỏi',
        'Phóng viên liên hệ để xác minh',
        'Bảng tin nhà trường vừa được sơn lại',
      ],
      [0, 1, 2],
      'Ba dấu hiệu đầu cho thấy sự quan tâm của dư luận đang tăng nhanh.',
    ),
    trueFalse(
      'Khóa bình luận hàng loạt là cách tốt để dập tắt khủng hoảng.',
      false,
      'Khóa, xóa bình luận thường bị coi là che giấu và làm khủng hoảng lan rộng hơn.',
    ),
    trueFalse(
      'Trong khủng hoảng, an toàn và quyền riêng tư của học sinh phải được đặt lên trước hết.',
      true,
      'Bảo vệ con người là ưu tiên hàng đầu trong mọi tình huống.',
    ),
    single(
      'Thông tin ban đầu trong khủng hoảng nên do ai đưa ra?',
      [
        'Người phát ngôn của đơn vị',
        'Bất kỳ giáo viên nào',
        'Học sinh liên quan',
        'Một trang mạng xã hội không chính thức',
      ],
      0,
      'Thông tin phải qua người phát ngôn để thống nhất và có trách nhiệm.',
    ),
    multiple(
      'Thành phần của tổ xử lý sự cố truyền thông thường gồm những ai?',
      ['Thủ trưởng đơn vị', 'Người phát ngôn', 'Cán bộ truyền thông', 'Phóng viên của một tờ báo'],
      [0, 1, 2],
      'Phóng viên là bên nhận thông tin, không phải thành viên tổ xử lý của đơn vị.',
    ),
    single(
      'Việc nào giúp phòng ngừa khủng hoảng liên quan đến các khoản thu?',
      [
        'Công khai thu, chi theo quy định',
        'Chỉ thông báo miệng',
        'Không trả lời câu hỏi của phụ huynh',
        'Thu trước, công khai sau khi có phản ánh',
      ],
      0,
      'Công khai, minh bạch là cách phòng ngừa hiệu quả nhất.',
    ),
    multiple(
      'Những việc nào không nên làm khi xử lý khủng hoảng?',
      [
        'Im lặng kéo dài',
        'Đổ lỗi cho học sinh, phụ huynh hoặc báo chí',
        'Cập nhật thông tin đều đặn trên kênh chính thức',
        'Để nhiều người phát ngôn với nội dung khác nhau',
      ],
      [0, 1, 3],
      'Cập nhật đều đặn trên kênh chính thức là việc nên làm.',
    ),
    trueFalse(
      'Diễn tập tình huống giả định giúp tổ xử lý sự cố phản ứng nhanh và đúng khi có sự việc thật.',
      true,
      'Diễn tập giúp mọi người biết ai được báo, ai quyết định, đăng thông tin ở đâu.',
    ),
    single(
      'Sau khi khủng hoảng qua đi, đơn vị cần làm gì?',
      [
        'Công bố thay đổi đã thực hiện và rút kinh nghiệm',
        'Xóa mọi dấu vết của sự việc',
        'Ngừng mọi hoạt động truyền thông',
        'Không cần làm gì thêm',
      ],
      0,
      'Khôi phục niềm tin cần hành động cụ thể và bài học được cập nhật vào quy trình.',
    ),
    single(
      'Theo kế hoạch truyền thông của các sở giáo dục, đơn vị cần xây dựng điều gì để chuẩn bị cho khủng hoảng?',
      [
        'Dự phòng rủi ro và quy trình nhận diện, xử lý khủng hoảng',
        'Danh sách phóng viên bị từ chối',
        'Quy định cấm giáo viên dùng mạng xã hội',
        'Kế hoạch quảng cáo',
      ],
      0,
      'Kế hoạch yêu cầu xây dựng dự phòng rủi ro, kiểm soát nguy cơ và quy trình xử lý khủng hoảng.',
    ),
    trueFalse(
      'Nên phủ nhận sự việc ngay cả khi chưa xác minh để giữ uy tín cho nhà trường.',
      false,
      'Phủ nhận khi chưa xác minh có thể làm mất uy tín nghiêm trọng nếu sự việc là thật.',
    ),
  ],
};
