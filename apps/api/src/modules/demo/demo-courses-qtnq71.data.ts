import { type DemoCourse, multiple, single, trueFalse } from './demo-courses.types';

/** Drawn from the city's plan (Kế hoạch 547/KH-UBND) and the department's dispatch on NQ 71. */
export const QTNQ71_COURSE: DemoCourse = {
  code: 'QTNQ71',
  title: 'Quán triệt Nghị quyết 71-NQ/TW',
  summary:
    'Nội dung cốt lõi của Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, mục tiêu và nhiệm vụ truyền thông của ngành Giáo dục Hải Phòng giai đoạn 2026–2035.',
  hours: 4,
  programmeCode: 'QTNQ71',
  sections: [
    {
      title: 'Nghị quyết và các văn bản triển khai',
      lessons: [
        {
          kind: 'text',
          title: 'Nghị quyết 71-NQ/TW và hệ thống văn bản triển khai',
          minutes: 15,
          html: `<h2>Vì sao phải quán triệt Nghị quyết 71-NQ/TW?</h2>
<p>Ngày 22 tháng 8 năm 2025, Bộ Chính trị ban hành <strong>Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục và đào tạo</strong>. Nghị quyết khẳng định phát triển giáo dục và đào tạo là quốc sách hàng đầu, là trách nhiệm của Đảng, Nhà nước và toàn dân, và đặt giáo dục và đào tạo trong tư duy quản trị, gắn với định hướng, quy hoạch phát triển của đất nước.</p>
<p>Một nghị quyết chỉ đi vào cuộc sống khi mỗi cán bộ, nhà giáo hiểu đúng và hành động thống nhất. Vì vậy, công tác truyền thông được xác định là một nhiệm vụ quan trọng ngay từ khâu triển khai.</p>
<h3>Các văn bản triển khai cần nắm</h3>
<ul>
<li><strong>Nghị quyết số 281/NQ-CP</strong> ngày 15/9/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 71-NQ/TW.</li>
<li><strong>Quyết định số 157/QĐ-TTg</strong> ngày 20/01/2026 của Thủ tướng Chính phủ ban hành Kế hoạch đẩy mạnh công tác truyền thông thực hiện Nghị quyết.</li>
<li><strong>Chương trình hành động số 02-CTr/TU</strong> ngày 20/10/2025 của Ban Thường vụ Thành ủy Hải Phòng.</li>
<li><strong>Kế hoạch số 255/KH-BGDĐT</strong> ngày 11/02/2026 của Bộ Giáo dục và Đào tạo và <strong>Kế hoạch số 547/KH-UBND</strong> ngày 09/02/2026 của Ủy ban nhân dân thành phố về đẩy mạnh công tác truyền thông thực hiện Nghị quyết.</li>
</ul>
<h3>Yêu cầu của kế hoạch truyền thông</h3>
<p>Kế hoạch của thành phố đặt ra mục đích giúp cán bộ, đảng viên, công chức, viên chức, người lao động và toàn thể nhân dân <strong>nắm vững, hiểu rõ các quan điểm, mục tiêu, nhiệm vụ, giải pháp</strong> của Nghị quyết; từ đó xác định rõ trách nhiệm cá nhân và tập thể trong tổ chức thực hiện.</p>
<blockquote>Công tác truyền thông phải chủ động, kịp thời, sáng tạo, hiệu quả, đúng trọng tâm, trọng điểm, phù hợp từng nhóm đối tượng.</blockquote>
<p>Kế hoạch cũng nhấn mạnh vai trò tiên phong của đội ngũ cán bộ, đảng viên, nhất là người đứng đầu, và việc tạo động lực tinh thần thúc đẩy các phong trào thi đua yêu nước trong triển khai các nhiệm vụ đột phá.</p>
<p>Với người làm công tác truyền thông ở cơ sở giáo dục, quán triệt Nghị quyết không chỉ là đọc văn bản: đó là hiểu đủ để giải thích cho đồng nghiệp, cha mẹ học sinh và cộng đồng bằng ngôn ngữ gần gũi, chính xác.</p>`,
        },
        {
          kind: 'text',
          title: 'Mục tiêu truyền thông giai đoạn 2026–2030 và 2030–2035',
          minutes: 15,
          html: `<h2>Mục tiêu chung</h2>
<p>Kế hoạch của thành phố xác định hai mục tiêu chung: đẩy mạnh truyền thông nhằm <strong>nâng cao nhận thức, tạo sự thống nhất</strong> trong toàn hệ thống chính trị và xã hội về đột phá phát triển giáo dục và đào tạo; và bảo đảm truyền thông cung cấp đầy đủ thông tin về chủ trương, chính sách, kết quả, thành tựu, tôn vinh các mô hình, tập thể, cá nhân tiêu biểu, đẩy mạnh ứng dụng công nghệ hiện đại và đa dạng hóa phương thức truyền thông.</p>
<h2>Mục tiêu cụ thể giai đoạn 2026–2030</h2>
<ul>
<li>Tất cả các cơ quan, đơn vị, địa phương triển khai công tác truyền thông thực hiện Nghị quyết hoặc lồng ghép vào kế hoạch truyền thông phù hợp; thiết lập và duy trì chuyên mục trên trang thông tin điện tử hoặc nền tảng số.</li>
<li><strong>100%</strong> cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước, đơn vị sự nghiệp công lập và cơ sở giáo dục được phổ biến, quán triệt đầy đủ nội dung Nghị quyết.</li>
<li><strong>100%</strong> cơ quan báo chí chủ lực trên địa bàn xây dựng chuyên trang, chuyên mục và sản phẩm truyền thông đa nền tảng về Nghị quyết.</li>
<li><strong>Tối thiểu 70%</strong> cán bộ làm công tác truyền thông tại Sở Giáo dục và Đào tạo và các cơ sở giáo dục được đào tạo, bồi dưỡng thường xuyên, có năng lực truyền thông chuyên nghiệp.</li>
<li>Triển khai hoạt động tôn vinh, khen thưởng hằng năm để lan tỏa mô hình hay, cách làm hiệu quả.</li>
</ul>
<h2>Mục tiêu giai đoạn 2030–2035</h2>
<ul>
<li><strong>100%</strong> cán bộ làm công tác truyền thông tại Sở và các cơ sở giáo dục được đào tạo, bồi dưỡng thường xuyên.</li>
<li>Tất cả kết quả thực hiện Nghị quyết được thông tin đầy đủ, kịp thời, chính xác qua hệ thống thông tin cơ sở, báo chí, truyền thông xã hội và nền tảng số.</li>
</ul>
<h3>Ý nghĩa đối với cán bộ truyền thông</h3>
<p>Các chỉ tiêu về bồi dưỡng cán bộ truyền thông chính là lý do khóa học này và chương trình bồi dưỡng kỹ năng truyền thông được triển khai trên Loa: mỗi khóa học hoàn thành được ghi nhận để đơn vị theo dõi tỷ lệ đạt chỉ tiêu.</p>`,
        },
      ],
    },
    {
      title: 'Nhiệm vụ của ngành Giáo dục',
      lessons: [
        {
          kind: 'text',
          title: 'Nhiệm vụ và giải pháp truyền thông của ngành Giáo dục',
          minutes: 20,
          html: `<h2>Nhiệm vụ của Sở Giáo dục và Đào tạo</h2>
<ul>
<li>Cung cấp thông tin, <strong>định hướng thống nhất nội dung truyền thông</strong> về Nghị quyết; duy trì chuyên trang, chuyên mục trên trang thông tin điện tử của Sở và các nền tảng số.</li>
<li>Triển khai chương trình đào tạo, bồi dưỡng, tài liệu về kỹ năng truyền thông giáo dục; tập huấn, cung cấp thông tin định kỳ cho phóng viên các cơ quan báo chí.</li>
<li>Triển khai bộ tài liệu và sản phẩm truyền thông số trực quan, dễ tiếp cận, hướng dẫn sử dụng thống nhất trong toàn ngành.</li>
<li>Triển khai nền tảng truyền thông số, kho dữ liệu truyền thông; ứng dụng công nghệ số, trí tuệ nhân tạo trong cung cấp thông tin và tương tác với xã hội.</li>
<li>Triển khai Bộ tiêu chí đánh giá công tác truyền thông giáo dục do Bộ Giáo dục và Đào tạo ban hành.</li>
<li>Triển khai <strong>mạng lưới truyền thông nội bộ ngành</strong>; tập huấn kỹ năng truyền thông, đặc biệt là truyền thông số.</li>
</ul>
<h2>Nhiệm vụ của Ủy ban nhân dân các xã, phường, đặc khu</h2>
<ul>
<li>Ban hành và triển khai kế hoạch truyền thông về giáo dục và đào tạo, lồng ghép vào kế hoạch phát triển giáo dục hằng năm.</li>
<li>Chỉ đạo các cơ sở giáo dục thuộc thẩm quyền tăng cường tuyên truyền, xây dựng chuyên mục, tôn vinh điển hình tiên tiến.</li>
<li>Tổ chức bồi dưỡng kỹ năng truyền thông cho cán bộ làm công tác truyền thông tại cơ sở giáo dục.</li>
<li>Chủ động nắm bắt dư luận, <strong>kịp thời xử lý thông tin sai lệch</strong> liên quan đến giáo dục theo thẩm quyền.</li>
<li>Định kỳ đánh giá kết quả truyền thông của ngành giáo dục địa phương, gửi Sở để tổng hợp, báo cáo.</li>
</ul>
<h2>Việc của mỗi cơ sở giáo dục</h2>
<p>Công văn của Sở đề nghị các đơn vị tổ chức quán triệt nội dung cốt lõi và nhiệm vụ trọng tâm của Nghị quyết đến nhà giáo, cán bộ quản lý và người học qua các hình thức đa dạng như <strong>sinh hoạt chuyên đề, hội nghị, tập huấn</strong>; đẩy mạnh thông tin trên trang thông tin điện tử của đơn vị; khuyến khích chuyên gia, nhà giáo, người học tham gia truyền thông chính sách.</p>
<blockquote>Khó khăn, vướng mắc trong quá trình thực hiện được phản ánh về Sở Giáo dục và Đào tạo qua Văn phòng Sở.</blockquote>`,
        },
        { kind: 'quiz', title: 'Bài kiểm tra cuối khóa', minutes: 15 },
      ],
    },
  ],
  questions: [
    single(
      'Nghị quyết số 71-NQ/TW của Bộ Chính trị được ban hành ngày nào?',
      ['22/8/2025', '15/9/2025', '20/10/2025', '20/01/2026'],
      0,
      'Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo được ban hành ngày 22/8/2025.',
    ),
    single(
      'Văn bản nào là Chương trình hành động của Chính phủ thực hiện Nghị quyết 71-NQ/TW?',
      [
        'Nghị quyết số 281/NQ-CP',
        'Quyết định số 157/QĐ-TTg',
        'Kế hoạch số 547/KH-UBND',
        'Chương trình số 02-CTr/TU',
      ],
      0,
      'Nghị quyết 281/NQ-CP ngày 15/9/2025 ban hành Chương trình hành động của Chính phủ.',
    ),
    single(
      'Theo kế hoạch của thành phố, giai đoạn 2026–2030 tối thiểu bao nhiêu phần trăm cán bộ làm công tác truyền thông tại Sở và các cơ sở giáo dục được bồi dưỡng thường xuyên?',
      ['50%', '70%', '90%', '100%'],
      1,
      'Chỉ tiêu giai đoạn 2026–2030 là tối thiểu 70%; giai đoạn 2030–2035 là 100%.',
    ),
    trueFalse(
      'Mục tiêu 2026–2030 là 100% cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước, đơn vị sự nghiệp công lập và cơ sở giáo dục được phổ biến, quán triệt đầy đủ Nghị quyết.',
      true,
      'Đây là một trong các mục tiêu cụ thể của giai đoạn 2026–2030.',
    ),
    trueFalse(
      'Chỉ tiêu 100% cán bộ truyền thông được bồi dưỡng thường xuyên thuộc giai đoạn 2026–2030.',
      false,
      'Chỉ tiêu 100% thuộc giai đoạn 2030–2035; giai đoạn 2026–2030 là tối thiểu 70%.',
    ),
    multiple(
      'Những nhiệm vụ nào được giao cho Sở Giáo dục và Đào tạo trong kế hoạch?',
      [
        'Định hướng thống nhất nội dung truyền thông về Nghị quyết',
        'Triển khai mạng lưới truyền thông nội bộ ngành Giáo dục',
        'Cấp giấy phép hoạt động cho cơ quan báo chí',
        'Triển khai Bộ tiêu chí đánh giá công tác truyền thông giáo dục',
      ],
      [0, 1, 3],
      'Cấp phép báo chí không thuộc nhiệm vụ của Sở Giáo dục và Đào tạo; ba nhiệm vụ còn lại được nêu trong kế hoạch.',
    ),
    multiple(
      'Ủy ban nhân dân các xã, phường, đặc khu có trách nhiệm gì?',
      [
        'Ban hành và triển khai kế hoạch truyền thông về giáo dục và đào tạo',
        'Tổ chức bồi dưỡng kỹ năng truyền thông cho cán bộ truyền thông tại cơ sở giáo dục',
        'Chủ động nắm bắt dư luận, xử lý thông tin sai lệch theo thẩm quyền',
        'Ban hành chương trình giáo dục phổ thông',
      ],
      [0, 1, 2],
      'Chương trình giáo dục phổ thông do Bộ Giáo dục và Đào tạo ban hành, không phải cấp xã.',
    ),
    single(
      'Nghị quyết 71-NQ/TW khẳng định phát triển giáo dục và đào tạo là gì?',
      [
        'Quốc sách hàng đầu',
        'Nhiệm vụ riêng của ngành Giáo dục',
        'Ưu tiên thứ yếu',
        'Trách nhiệm của nhà trường',
      ],
      0,
      'Phát triển giáo dục và đào tạo là quốc sách hàng đầu, là trách nhiệm của Đảng, Nhà nước và toàn dân.',
    ),
    single(
      'Khi gặp khó khăn, vướng mắc trong triển khai, đơn vị phản ánh về Sở qua bộ phận nào?',
      ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Tổ chức cán bộ', 'Trực tiếp Giám đốc Sở'],
      0,
      'Công văn của Sở đề nghị thông tin về Sở Giáo dục và Đào tạo qua Văn phòng Sở.',
    ),
    multiple(
      'Những hình thức phổ biến Nghị quyết nào được công văn của Sở nêu?',
      ['Sinh hoạt chuyên đề', 'Hội nghị', 'Tập huấn', 'Chỉ gửi văn bản qua thư điện tử'],
      [0, 1, 2],
      'Sở đề nghị các hình thức đa dạng, hấp dẫn như sinh hoạt chuyên đề, hội nghị, tập huấn.',
    ),
    trueFalse(
      'Kế hoạch khuyến khích ứng dụng trí tuệ nhân tạo trong cung cấp thông tin và tương tác với xã hội.',
      true,
      'Sở được giao ứng dụng mạnh mẽ công nghệ số, trí tuệ nhân tạo trong cung cấp thông tin.',
    ),
    single(
      'Quyết định số 157/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ ban hành nội dung gì?',
      [
        'Kế hoạch đẩy mạnh công tác truyền thông thực hiện Nghị quyết 71-NQ/TW',
        'Chương trình giáo dục phổ thông mới',
        'Quy chế tuyển sinh đại học',
        'Chương trình hành động của Thành ủy',
      ],
      0,
      'Quyết định 157/QĐ-TTg ban hành Kế hoạch đẩy mạnh công tác truyền thông thực hiện Nghị quyết 71-NQ/TW.',
    ),
  ],
};
