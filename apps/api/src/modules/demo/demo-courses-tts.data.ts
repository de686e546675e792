import { type DemoCourse, multiple, single, trueFalse } from './demo-courses.types';

export const TTS_COURSE: DemoCourse = {
  code: 'TTS',
  title: 'Truyền thông số và mạng xã hội',
  summary:
    'Quản lý trang thông tin điện tử và trang mạng xã hội chính thức của cơ sở giáo dục, sản xuất nội dung số trực quan, tương tác với cộng đồng và phòng tránh tin giả.',
  hours: 6,
  programmeCode: 'BDTT',
  sections: [
    {
      title: 'Kênh số của nhà trường',
      lessons: [
        {
          kind: 'text',
          title: 'Hệ sinh thái kênh số trong ngành Giáo dục',
          minutes: 15,
          html: `<h2>Các kênh số chính thức</h2>
<p>Kế hoạch truyền thông thực hiện Nghị quyết 71-NQ/TW yêu cầu các cơ quan, đơn vị <strong>thiết lập và duy trì chuyên mục</strong> trên trang thông tin điện tử hoặc nền tảng số, đồng thời đa dạng hóa hình thức truyền thông qua các kênh đa phương tiện, các kênh, trang mạng xã hội.</p>
<ul>
<li><strong>Trang thông tin điện tử</strong> của Sở và của nhà trường: nơi đăng văn bản, thông báo, tin hoạt động; là nguồn chính thống để các kênh khác dẫn lại.</li>
<li><strong>Trang mạng xã hội chính thức</strong> (fanpage): lan tỏa nhanh, tương tác trực tiếp với cha mẹ học sinh và cộng đồng.</li>
<li><strong>Nhóm liên lạc</strong> với cha mẹ học sinh: thông tin riêng theo lớp, theo khối.</li>
<li><strong>Mạng lưới truyền thông nội bộ ngành</strong>: kênh để Sở cung cấp thông tin định kỳ cho cán bộ truyền thông ở các cơ sở giáo dục.</li>
</ul>
<h3>Quản trị trang chính thức</h3>
<ol>
<li>Đơn vị giao <strong>ít nhất hai người quản trị</strong>, có văn bản phân công; không dùng tài khoản cá nhân không rõ danh tính.</li>
<li>Bật xác thực hai yếu tố, đổi mật khẩu khi có thay đổi nhân sự.</li>
<li>Lịch đăng bài đều đặn; mọi bài đăng được thủ trưởng hoặc người được ủy quyền duyệt.</li>
<li>Lưu trữ bài đăng và số liệu tương tác để báo cáo định kỳ.</li>
</ol>
<h3>Đo lường hiệu quả</h3>
<p>Không nên chỉ đếm lượt thích. Các chỉ số hữu ích hơn là số người được tiếp cận, số lượt chia sẻ, số câu hỏi được trả lời và thời gian trả lời trung bình. Ghi lại các chỉ số này mỗi tháng giúp đơn vị thấy nội dung nào được quan tâm, khung giờ nào hiệu quả, từ đó điều chỉnh kế hoạch đăng bài.</p>
<blockquote>Trang mạng xã hội của trường là tiếng nói chính thức của nhà trường, không phải trang cá nhân của người quản trị.</blockquote>`,
        },
        {
          kind: 'text',
          title: 'Sản xuất nội dung số trực quan',
          minutes: 20,
          html: `<h2>Nội dung số hấp dẫn và dễ tiếp cận</h2>
<p>Sở Giáo dục và Đào tạo được giao triển khai <strong>bộ tài liệu và sản phẩm truyền thông số trực quan, dễ tiếp cận</strong>. Ở cơ sở giáo dục, cán bộ truyền thông có thể tự làm nhiều sản phẩm đơn giản mà hiệu quả.</p>
<h3>Các dạng nội dung</h3>
<ul>
<li><strong>Đồ họa thông tin (infographic)</strong>: tóm tắt một quy định hay một kết quả bằng vài con số và biểu tượng.</li>
<li><strong>Video ngắn</strong> từ 30 giây đến 2 phút: một hoạt động, một chia sẻ của giáo viên, một hướng dẫn.</li>
<li><strong>Chuỗi ảnh</strong> kể một câu chuyện, có chú thích.</li>
<li><strong>Bài hỏi – đáp</strong> giải thích những thắc mắc thường gặp của cha mẹ học sinh.</li>
</ul>
<h3>Mẹo thực hành</h3>
<ol>
<li>Một sản phẩm, một thông điệp.</li>
<li>Chữ trên ảnh ngắn, cỡ lớn, đọc được trên điện thoại.</li>
<li>Video có phụ đề, vì nhiều người xem không bật tiếng.</li>
<li>Luôn dẫn đường liên kết về văn bản gốc trên trang thông tin điện tử.</li>
<li>Dùng hình ảnh, âm nhạc có bản quyền hoặc được phép sử dụng.</li>
</ol>
<h3>Trí tuệ nhân tạo: dùng có trách nhiệm</h3>
<p>Kế hoạch khuyến khích ứng dụng công nghệ số, trí tuệ nhân tạo trong cung cấp thông tin. Công cụ trí tuệ nhân tạo có thể gợi ý tiêu đề, tóm tắt văn bản, tạo phụ đề; nhưng <strong>người làm truyền thông phải kiểm tra lại mọi sự kiện, số liệu</strong> và không đưa thông tin cá nhân của học sinh vào công cụ bên ngoài.</p>
<h3>Ví dụ</h3>
<p>Để giới thiệu kết quả một hội thi cấp trường, thay vì đăng nguyên bảng điểm, cán bộ truyền thông làm một đồ họa gồm số đội tham gia, chủ đề hội thi và hai ba hình ảnh tiêu biểu, kèm đường dẫn tới bản tin đầy đủ trên trang thông tin điện tử của nhà trường.</p>`,
        },
      ],
    },
    {
      title: 'Tương tác và an toàn thông tin',
      lessons: [
        {
          kind: 'text',
          title: 'Tương tác với cộng đồng và phòng tránh tin giả',
          minutes: 20,
          html: `<h2>Trả lời bình luận, tin nhắn</h2>
<p>Người dân đặt câu hỏi trên trang của trường mong được trả lời nhanh. Hãy:</p>
<ul>
<li>Trả lời trong thời gian hợp lý, lời lẽ lịch sự, xưng hô đúng mực.</li>
<li>Với câu hỏi về trường hợp cá nhân, đề nghị trao đổi qua kênh riêng, không công khai thông tin của học sinh.</li>
<li>Không xóa ý kiến góp ý chỉ vì đó là ý kiến trái chiều; chỉ ẩn nội dung vi phạm pháp luật, xúc phạm.</li>
</ul>
<h2>Nhận diện tin giả</h2>
<p>Kế hoạch của thành phố giao các địa phương <strong>chủ động nắm bắt dư luận, kịp thời xử lý thông tin sai lệch</strong> liên quan đến giáo dục và đào tạo. Dấu hiệu thường gặp của tin giả:</p>
<ol>
<li>Không rõ nguồn, hoặc giả mạo trang của cơ quan nhà nước.</li>
<li>Tiêu đề giật gân, kêu gọi chia sẻ gấp.</li>
<li>Ảnh cũ, ảnh nơi khác được gán cho sự việc mới.</li>
<li>Văn bản "rò rỉ" không có số, ngày, chữ ký hợp lệ.</li>
</ol>
<h3>Khi phát hiện thông tin sai lệch</h3>
<p>Lưu bằng chứng (ảnh chụp màn hình, đường dẫn, thời điểm), báo cáo thủ trưởng đơn vị và cơ quan quản lý cấp trên, đăng <strong>thông tin chính thống</strong> trên kênh của đơn vị khi được giao. Không tranh cãi với tài khoản đăng tin sai; không chia sẻ lại tin sai kể cả để phản bác.</p>
<h3>Giúp học sinh và phụ huynh tự nhận diện tin giả</h3>
<p>Cán bộ truyền thông có thể phối hợp với giáo viên chủ nhiệm lồng ghép vài phút trong giờ sinh hoạt lớp hoặc buổi họp phụ huynh để hướng dẫn cách kiểm tra nguồn tin: tìm văn bản gốc trên trang chính thức, xem ngày đăng, đối chiếu với thông báo của nhà trường.</p>
<blockquote>Nhanh nhưng phải đúng: một thông tin chính thống kịp thời là cách tốt nhất để đẩy lùi tin giả.</blockquote>`,
        },
        { kind: 'quiz', title: 'Bài kiểm tra cuối khóa', minutes: 15 },
      ],
    },
  ],
  questions: [
    single(
      'Kênh nào nên là nguồn chính thống để các kênh khác của nhà trường dẫn lại?',
      [
        'Trang thông tin điện tử của nhà trường',
        'Trang cá nhân của giáo viên',
        'Nhóm trò chuyện của học sinh',
        'Diễn đàn ẩn danh',
      ],
      0,
      'Trang thông tin điện tử là nơi đăng văn bản, thông báo chính thức của đơn vị.',
    ),
    multiple(
      'Những biện pháp nào giúp quản trị an toàn trang mạng xã hội chính thức?',
      [
        'Có ít nhất hai người quản trị được phân công bằng văn bản',
        'Bật xác thực hai yếu tố',
        'Dùng chung một mật khẩu cho mọi người trong trường',
        'Đổi mật khẩu khi thay đổi nhân sự',
      ],
      [0, 1, 3],
      'Dùng chung mật khẩu cho nhiều người làm mất an toàn và không rõ trách nhiệm.',
    ),
    trueFalse(
      'Video ngắn trên mạng xã hội nên có phụ đề vì nhiều người xem không bật tiếng.',
      true,
      'Phụ đề giúp thông điệp đến được với người xem trong mọi hoàn cảnh.',
    ),
    trueFalse(
      'Khi phát hiện tin sai, nên chia sẻ lại tin đó kèm lời phản bác để mọi người biết.',
      false,
      'Chia sẻ lại tin sai làm nó lan rộng hơn; hãy đăng thông tin chính thống.',
    ),
    multiple(
      'Dấu hiệu nào thường gặp ở tin giả?',
      [
        'Không rõ nguồn hoặc giả mạo trang cơ quan nhà nước',
        'Tiêu đề giật gân, kêu gọi chia sẻ gấp',
        'Ảnh cũ được gán cho sự việc mới',
        'Có số, ngày và chữ ký hợp lệ, đăng trên trang chính thức',
      ],
      [0, 1, 2],
      'Văn bản có số, ngày, chữ ký hợp lệ trên trang chính thức là dấu hiệu của thông tin chính thống.',
    ),
    single(
      'Một câu hỏi về điểm số của một học sinh cụ thể được đăng công khai trên trang của trường. Cách xử lý phù hợp là gì?',
      [
        'Đề nghị trao đổi qua kênh riêng, không công khai thông tin của học sinh',
        'Trả lời công khai kèm bảng điểm',
        'Xóa bình luận và chặn người hỏi',
        'Bỏ qua',
      ],
      0,
      'Thông tin cá nhân của học sinh cần được bảo vệ; trao đổi qua kênh riêng.',
    ),
    single(
      'Khi dùng công cụ trí tuệ nhân tạo để viết nội dung, điều gì là bắt buộc?',
      [
        'Kiểm tra lại mọi sự kiện, số liệu trước khi đăng',
        'Đăng nguyên văn kết quả của công cụ',
        'Đưa danh sách học sinh vào công cụ để cá nhân hóa',
        'Không cần người duyệt',
      ],
      0,
      'Người làm truyền thông chịu trách nhiệm về nội dung; không đưa dữ liệu cá nhân vào công cụ bên ngoài.',
    ),
    trueFalse(
      'Trang mạng xã hội của trường là tiếng nói chính thức của nhà trường.',
      true,
      'Vì vậy mọi bài đăng cần được duyệt và thống nhất với thông tin chính thống.',
    ),
    multiple(
      'Khi phát hiện thông tin sai lệch về nhà trường, cán bộ truyền thông cần làm gì?',
      [
        'Lưu bằng chứng: ảnh chụp màn hình, đường dẫn, thời điểm',
        'Báo cáo thủ trưởng đơn vị và cơ quan quản lý cấp trên',
        'Tranh cãi trực tiếp với tài khoản đăng tin',
        'Đăng thông tin chính thống khi được giao',
      ],
      [0, 1, 3],
      'Tranh cãi với tài khoản đăng tin sai thường làm sự việc lan rộng.',
    ),
    single(
      'Nguyên tắc nào đúng khi thiết kế đồ họa thông tin?',
      [
        'Một sản phẩm, một thông điệp',
        'Càng nhiều chữ càng tốt',
        'Dùng ảnh không rõ bản quyền',
        'Không cần dẫn nguồn',
      ],
      0,
      'Một thông điệp rõ ràng giúp người xem nắm ý nhanh trên màn hình nhỏ.',
    ),
    trueFalse(
      'Người quản trị được xóa mọi ý kiến góp ý trái chiều trên trang của trường.',
      false,
      'Chỉ ẩn nội dung vi phạm pháp luật, xúc phạm; góp ý trái chiều cần được lắng nghe và trả lời.',
    ),
    single(
      'Theo kế hoạch của thành phố, cơ quan, đơn vị cần làm gì trên trang thông tin điện tử hoặc nền tảng số?',
      [
        'Thiết lập và duy trì chuyên mục truyền thông về Nghị quyết 71-NQ/TW',
        'Tạm ngừng đăng tin',
        'Chỉ đăng quảng cáo tuyển sinh',
        'Chuyển toàn bộ sang trang cá nhân',
      ],
      0,
      'Kế hoạch yêu cầu thiết lập và duy trì chuyên mục hoặc lồng ghép vào chuyên mục phù hợp.',
    ),
  ],
};
