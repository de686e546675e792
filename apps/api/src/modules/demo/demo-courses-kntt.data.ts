import { type DemoCourse, multiple, single, trueFalse } from './demo-courses.types';

export const KNTT_COURSE: DemoCourse = {
  code: 'KNTT',
  title: 'Kỹ năng truyền thông giáo dục cơ bản',
  summary:
    'Vai trò của truyền thông giáo dục, cách xác định công chúng và thông điệp, viết tin bài cho trang thông tin điện tử của nhà trường và phối hợp với cơ quan báo chí.',
  hours: 6,
  programmeCode: 'BDTT',
  sections: [
    {
      title: 'Nền tảng của truyền thông giáo dục',
      lessons: [
        {
          kind: 'text',
          title: 'Truyền thông giáo dục là gì và để làm gì?',
          minutes: 15,
          html: `<h2>Khái niệm</h2>
<p><strong>Truyền thông giáo dục</strong> là hoạt động có kế hoạch nhằm đưa thông tin về chủ trương, chính sách, hoạt động và kết quả của ngành Giáo dục đến đúng đối tượng, đúng lúc, bằng kênh phù hợp, để tạo sự hiểu biết, đồng thuận và ủng hộ của xã hội.</p>
<p>Ở một nhà trường, truyền thông không chỉ là đưa tin về lễ khai giảng hay hội thi. Đó còn là giải thích cho cha mẹ học sinh về một quy định mới, giới thiệu gương nhà giáo tận tụy, trả lời kịp thời một thắc mắc trên mạng xã hội.</p>
<h3>Ba mục đích chính</h3>
<ol>
<li><strong>Thông tin</strong>: cung cấp đầy đủ, chính xác, kịp thời về chính sách và hoạt động giáo dục.</li>
<li><strong>Tạo đồng thuận</strong>: giúp xã hội hiểu lý do, lợi ích của các thay đổi, từ đó chung tay thực hiện.</li>
<li><strong>Lan tỏa điển hình</strong>: tôn vinh mô hình hay, cách làm hiệu quả, tập thể và cá nhân tiêu biểu.</li>
</ol>
<h3>Nguyên tắc cần nhớ</h3>
<ul>
<li>Thông tin phải <strong>chính xác, có nguồn</strong>; số liệu phải kiểm tra trước khi công bố.</li>
<li>Việc cung cấp thông tin phải có <strong>đầu mối rõ ràng</strong>, có phân công, phân nhiệm.</li>
<li>Tôn trọng quyền riêng tư của học sinh và nhà giáo: không đăng hình ảnh, thông tin cá nhân khi chưa được phép.</li>
<li>Chủ động, không đợi sự việc xảy ra mới lên tiếng.</li>
</ul>
<h3>Ví dụ ở một trường tiểu học</h3>
<p>Đầu năm học, nhà trường điều chỉnh giờ đón học sinh. Nếu chỉ dán thông báo ở cổng trường, nhiều phụ huynh sẽ không biết và dễ bức xúc. Cán bộ truyền thông có thể đăng thông báo trên trang thông tin điện tử, gửi vào nhóm liên lạc của từng lớp, nhờ giáo viên chủ nhiệm nhắc lại trong buổi họp phụ huynh, và giải thích rõ lý do: bảo đảm an toàn giao thông trước cổng trường. Một thay đổi nhỏ, được giải thích đúng cách, sẽ nhận được sự đồng tình thay vì phàn nàn.</p>
<blockquote>Truyền thông tốt bắt đầu từ một việc làm tốt và một lời giải thích dễ hiểu.</blockquote>`,
        },
        {
          kind: 'text',
          title: 'Công chúng, thông điệp và kênh truyền thông',
          minutes: 20,
          html: `<h2>Xác định công chúng</h2>
<p>Mỗi nhóm công chúng cần thông tin khác nhau. Trong giáo dục thường gặp: <strong>học sinh</strong>, <strong>cha mẹ học sinh</strong>, <strong>nhà giáo và cán bộ quản lý</strong>, <strong>chính quyền địa phương</strong>, <strong>cơ quan báo chí</strong> và cộng đồng. Trước khi viết, hãy tự hỏi: ai cần biết điều này, họ đã biết gì, họ lo lắng điều gì?</p>
<h2>Xây dựng thông điệp</h2>
<p>Thông điệp chính nên gói trong <strong>một câu ngắn</strong>, kèm hai đến ba ý hỗ trợ có số liệu hoặc ví dụ cụ thể. Ví dụ, khi thông báo lịch tuyển sinh lớp 1, thông điệp chính là mốc thời gian và cách đăng ký; các ý hỗ trợ là hồ sơ cần chuẩn bị và nơi giải đáp thắc mắc.</p>
<ul>
<li>Dùng từ ngữ phổ thông, tránh thuật ngữ chuyên môn khó hiểu.</li>
<li>Đặt điều quan trọng nhất lên đầu.</li>
<li>Nêu rõ người dân cần làm gì, khi nào, ở đâu.</li>
</ul>
<h2>Chọn kênh</h2>
<p>Các kênh phổ biến của ngành: trang thông tin điện tử của Sở và của nhà trường, trang mạng xã hội chính thức, nhóm liên lạc với cha mẹ học sinh, bảng tin nhà trường, hệ thống thông tin cơ sở của xã, phường và các cơ quan báo chí. Một thông điệp quan trọng nên xuất hiện trên nhiều kênh, nhưng nội dung phải <strong>thống nhất</strong>.</p>
<h3>Lập kế hoạch truyền thông đơn giản</h3>
<ol>
<li>Mục tiêu: muốn công chúng biết, hiểu hay làm gì?</li>
<li>Công chúng và thông điệp cho từng nhóm.</li>
<li>Kênh, thời điểm, người phụ trách.</li>
<li>Cách đánh giá: lượt xem, phản hồi, số người thực hiện.</li>
</ol>
<p>Kế hoạch không cần dài. Một bảng một trang, cập nhật mỗi tháng, đủ để thủ trưởng đơn vị nắm được việc gì đang làm, ai phụ trách và kết quả đến đâu; cuối học kỳ, bảng đó là cơ sở để báo cáo kết quả truyền thông với cấp trên.</p>`,
        },
      ],
    },
    {
      title: 'Thực hành tại cơ sở giáo dục',
      lessons: [
        {
          kind: 'text',
          title: 'Viết tin bài cho trang thông tin điện tử của nhà trường',
          minutes: 20,
          html: `<h2>Cấu trúc một bản tin</h2>
<p>Bản tin hiệu quả theo mô hình <strong>kim tự tháp ngược</strong>: thông tin quan trọng nhất ở đầu, chi tiết ở sau. Đoạn mở đầu (sa-pô) trả lời các câu hỏi <strong>Ai? Làm gì? Ở đâu? Khi nào? Vì sao?</strong></p>
<h3>Tiêu đề</h3>
<ul>
<li>Ngắn gọn, có động từ, nêu đúng sự việc.</li>
<li>Tránh giật tít, tránh dùng chữ in hoa toàn bộ.</li>
</ul>
<h3>Thân bài</h3>
<p>Độ dài phù hợp cho một tin hoạt động trên trang của nhà trường là từ 300 đến 500 chữ. Mỗi đoạn một ý. Trích dẫn lời phát biểu phải chính xác và ghi rõ người nói, chức danh. Số liệu ghi rõ nguồn và thời điểm.</p>
<h3>Ảnh và chú thích</h3>
<p>Chọn ảnh rõ nét, có người đang hoạt động, hạn chế ảnh chụp hàng ngang. Chú thích ảnh nêu ai, đang làm gì. Với ảnh có học sinh, cần bảo đảm được sự đồng ý của nhà trường và cha mẹ học sinh theo quy định của đơn vị.</p>
<h2>Phối hợp với báo chí</h2>
<p>Khi phóng viên đề nghị cung cấp thông tin, cán bộ truyền thông báo cáo thủ trưởng đơn vị, chuẩn bị tư liệu chính xác và <strong>chỉ người được giao nhiệm vụ</strong> mới trả lời. Chủ động đề xuất với báo chí các chủ đề hay: mô hình giáo dục hiệu quả, tấm gương học sinh vượt khó, nhà giáo tâm huyết.</p>
<h3>Kiểm tra trước khi đăng</h3>
<ul>
<li>Họ tên, chức danh, tên đơn vị viết đúng và đầy đủ.</li>
<li>Ngày tháng, số liệu khớp với văn bản gốc.</li>
<li>Không có thông tin cá nhân của học sinh ngoài phạm vi được phép.</li>
<li>Bài đã được thủ trưởng hoặc người được ủy quyền duyệt.</li>
</ul>
<blockquote>Trước khi đăng, hãy đọc lại ba lần: một lần kiểm tra sự thật, một lần kiểm tra chính tả, một lần đặt mình vào vị trí người đọc.</blockquote>`,
        },
        {
          kind: 'video',
          title: 'Tư liệu: kênh thông tin của Bộ Giáo dục và Đào tạo',
          minutes: 10,
          url: 'https://moet.gov.vn/',
        },
        { kind: 'quiz', title: 'Bài kiểm tra cuối khóa', minutes: 15 },
      ],
    },
  ],
  questions: [
    single(
      'Mô hình nào phù hợp nhất để viết một bản tin sự kiện?',
      [
        'Kim tự tháp ngược',
        'Kể chuyện theo trình tự thời gian',
        'Hỏi – đáp',
        'Liệt kê không theo thứ tự',
      ],
      0,
      'Kim tự tháp ngược đặt thông tin quan trọng nhất ở đầu, giúp người đọc nắm ngay sự việc.',
    ),
    multiple(
      'Đoạn mở đầu (sa-pô) của bản tin nên trả lời những câu hỏi nào?',
      ['Ai?', 'Làm gì?', 'Khi nào, ở đâu?', 'Người viết thích điều gì?'],
      [0, 1, 2],
      'Sa-pô trả lời Ai, Làm gì, Ở đâu, Khi nào, Vì sao; cảm xúc riêng của người viết không thuộc sa-pô.',
    ),
    trueFalse(
      'Một thông điệp quan trọng có thể đăng trên nhiều kênh, nhưng nội dung phải thống nhất.',
      true,
      'Đa kênh giúp tiếp cận nhiều công chúng; nội dung thống nhất tránh hiểu lầm.',
    ),
    trueFalse(
      'Cán bộ truyền thông có thể đăng ảnh học sinh lên trang của trường mà không cần ai đồng ý.',
      false,
      'Cần tôn trọng quyền riêng tư, bảo đảm sự đồng ý theo quy định của đơn vị.',
    ),
    single(
      'Thông điệp chính của một thông báo nên được trình bày thế nào?',
      [
        'Một câu ngắn, rõ ràng',
        'Một đoạn dài nhiều thuật ngữ',
        'Ở cuối bài',
        'Bằng chữ in hoa toàn bộ',
      ],
      0,
      'Thông điệp chính nên gói trong một câu ngắn, kèm vài ý hỗ trợ cụ thể.',
    ),
    multiple(
      'Những nhóm nào là công chúng thường gặp của truyền thông giáo dục?',
      ['Cha mẹ học sinh', 'Nhà giáo, cán bộ quản lý', 'Cơ quan báo chí', 'Chính quyền địa phương'],
      [0, 1, 2, 3],
      'Cả bốn nhóm đều là công chúng quan trọng của ngành Giáo dục.',
    ),
    single(
      'Khi phóng viên đề nghị phỏng vấn về một sự việc ở trường, việc đầu tiên nên làm là gì?',
      [
        'Báo cáo thủ trưởng đơn vị và chuẩn bị thông tin chính xác',
        'Trả lời ngay theo hiểu biết cá nhân',
        'Từ chối mọi liên hệ',
        'Đăng sự việc lên mạng xã hội cá nhân',
      ],
      0,
      'Chỉ người được giao nhiệm vụ mới trả lời; thông tin phải được chuẩn bị và kiểm tra.',
    ),
    single(
      'Mục đích "lan tỏa điển hình" của truyền thông giáo dục là gì?',
      [
        'Tôn vinh mô hình hay, tập thể, cá nhân tiêu biểu',
        'Xử lý kỷ luật cán bộ vi phạm',
        'Quảng cáo dịch vụ của doanh nghiệp',
        'Thay thế báo cáo chuyên môn',
      ],
      0,
      'Lan tỏa điển hình là tôn vinh để nhân rộng cách làm hiệu quả.',
    ),
    trueFalse(
      'Việc cung cấp thông tin cần có đầu mối rõ ràng, có phân công, phân nhiệm.',
      true,
      'Kế hoạch phối hợp với báo chí của Sở yêu cầu đầu mối rõ ràng khi cung cấp thông tin.',
    ),
    multiple(
      'Một kế hoạch truyền thông đơn giản gồm những phần nào?',
      ['Mục tiêu', 'Công chúng và thông điệp', 'Kênh, thời điểm, người phụ trách', 'Cách đánh giá'],
      [0, 1, 2, 3],
      'Bốn phần này tạo nên một kế hoạch truyền thông có thể thực hiện và đánh giá được.',
    ),
    single(
      'Chú thích ảnh trong bản tin nên nêu điều gì?',
      ['Ai, đang làm gì', 'Tên máy ảnh', 'Cảm nghĩ của người chụp', 'Không cần chú thích'],
      0,
      'Chú thích giúp người đọc hiểu ảnh: ai, đang làm gì.',
    ),
    trueFalse(
      'Số liệu trong tin bài nên ghi rõ nguồn và thời điểm.',
      true,
      'Ghi nguồn và thời điểm giúp thông tin chính xác, kiểm chứng được.',
    ),
  ],
};
